namespace Conformance.Mock.Apis.Seyna.Model;

/// <summary>
/// One of the four versioned object types: its <c>object</c> discriminator, its collection and versions
/// paths, the request schema of its PUT and the member that names its parent object (receipts belong to a
/// contract, settlements to a claim).
/// </summary>
public sealed record SeynaKind
{
    public static readonly SeynaKind Contract = new("contract", "contracts", "contract-versions", "ContractInput", null);
    public static readonly SeynaKind Receipt = new("receipt", "receipts", "receipt-versions", "ReceiptInput", "contract_id");
    public static readonly SeynaKind Claim = new("claim", "claims", "claim-versions", "ClaimInput", "contract_id");
    public static readonly SeynaKind Settlement = new("settlement", "settlements", "settlement-versions", "SettlementInput", "claim_id");

    private SeynaKind(string name, string collection, string versions, string inputSchema, string? parentMember)
    {
        Name = name;
        Collection = collection;
        Versions = versions;
        InputSchema = inputSchema;
        ParentMember = parentMember;
    }

    public static IReadOnlyList<SeynaKind> All { get; } = [Contract, Receipt, Claim, Settlement];

    /// <summary>The <c>object</c> discriminator, e.g. <c>contract</c>.</summary>
    public string Name { get; }

    /// <summary>The collection path segment, e.g. <c>contracts</c>.</summary>
    public string Collection { get; }

    /// <summary>The versions path segment, e.g. <c>contract-versions</c>.</summary>
    public string Versions { get; }

    /// <summary>The component schema of the PUT body.</summary>
    public string InputSchema { get; }

    /// <summary>The member naming the parent object, or null for contracts.</summary>
    public string? ParentMember { get; }
}
