namespace Conformance.Mock.Apis.Seyna;

/// <summary>Objects per seeded portfolio.</summary>
public sealed record SeynaSeedCounts
{
    public int Contract { get; init; }
    public int Claim { get; init; }
}
