namespace Conformance.Mock.Apis.SiviAfs;

/// <summary><c>fixtures/apis/sivi-afs/seed.yaml</c>, bound by <see cref="Seeding.SeedFileReader"/> (what the SIVI AFS module will seed).</summary>
public sealed record SiviAfsSeedSettings
{
    public required DateTimeOffset ReferenceDate { get; init; }
    public required SiviAfsClusters<int> Counts { get; init; }
    public required SiviAfsClusters<string> IdPrefixes { get; init; }
    public required SiviAfsClusters<int> Terminated { get; init; }
    public required SiviAfsHistory History { get; init; }

    /// <summary>Fixed dataset ids the flows rely on.</summary>
    public required SiviAfsClusters<string> Anchors { get; init; }

    public int PartiesWithRelations { get; init; }
    public required string DataCatalogVersion { get; init; }
    public required SiviAfsVersions Versions { get; init; }
    public int TokenLifetimeSeconds { get; init; } = 3600;

    /// <summary>OAuth client id → registered scopes (space-separated).</summary>
    public required IReadOnlyDictionary<string, string> OauthClients { get; init; }
}
