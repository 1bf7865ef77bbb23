namespace Conformance.Mock.Apis.Seyna;

/// <summary><c>fixtures/apis/seyna/seed.yaml</c>, bound by <see cref="Seeding.SeedFileReader"/> (what the Seyna module will seed).</summary>
public sealed record SeynaSeedSettings
{
    public required DateTimeOffset ReferenceDate { get; init; }
    public required IReadOnlyList<SeynaPortfolio> Portfolios { get; init; }
    public required IReadOnlyList<SeynaApiKey> ApiKeys { get; init; }
    public required SeynaSeedCounts Counts { get; init; }

    /// <summary>Documentation of derived types; nothing is read from the values.</summary>
    public IReadOnlyDictionary<string, string> Derived { get; init; } = new Dictionary<string, string>();

    /// <summary>Contract n takes entry (n - 1) mod length.</summary>
    public required IReadOnlyList<int> ReceiptsPerContract { get; init; }

    /// <summary>Claim n takes entry (n - 1) mod length.</summary>
    public required IReadOnlyList<int> SettlementsPerClaim { get; init; }

    public int CancelledContracts { get; init; }
    public int RetractedContracts { get; init; }
    public int ClosedClaims { get; init; }

    /// <summary>Guarantee names by product id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Guarantees { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Claim types by product id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClaimTypes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
