namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>
/// One SIVI cluster of the contract (policies, claims, parties): its collection path, main entity,
/// the attribute the id is also written to and the status of a dataset that is not terminated.
/// </summary>
public sealed record SiviAfsCluster
{
    public static SiviAfsCluster Policy { get; } = new()
    {
        Name = "policy", Collection = "policies", MainRef = "policyRef", NumberAttribute = "contractNumber",
        OpenStatus = "active", Singular = "Policy", Plural = "Policies",
    };

    public static SiviAfsCluster Claim { get; } = new()
    {
        Name = "claim", Collection = "claims", MainRef = "claimRef", NumberAttribute = "claimNumberCarrier",
        OpenStatus = "open", Singular = "Claim", Plural = "Claims",
    };

    public static SiviAfsCluster Party { get; } = new()
    {
        Name = "party", Collection = "parties", MainRef = "partyRef", NumberAttribute = "relationNumber",
        OpenStatus = "active", Singular = "Party", Plural = "Parties",
    };

    public static IReadOnlyList<SiviAfsCluster> All { get; } = [Policy, Claim, Party];

    /// <summary>The seed key and the main entity (<c>policy</c>, <c>claim</c>, <c>party</c>).</summary>
    public required string Name { get; init; }

    public required string Collection { get; init; }

    /// <summary>The reference every other object of a dataset carries to its main object.</summary>
    public required string MainRef { get; init; }

    /// <summary>The main object's attribute that also carries the id.</summary>
    public required string NumberAttribute { get; init; }

    public required string OpenStatus { get; init; }

    /// <summary>Name parts of the operation ids and schemas (<c>newPolicy</c>, <c>retrievePolicies</c>, <c>PolicyStructureList</c>).</summary>
    public required string Singular { get; init; }

    public required string Plural { get; init; }

    public string MainEntity => Name;

    public string ListSchema => $"#/components/schemas/{Singular}StructureList";
}
