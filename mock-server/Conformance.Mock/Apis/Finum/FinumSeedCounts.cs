namespace Conformance.Mock.Apis.Finum;

/// <summary>How many records of each FiNUM type exist at start-up (before <c>--seed-count finum.&lt;type&gt;=N</c>).</summary>
public sealed record FinumSeedCounts
{
    public int Contract { get; init; } = 50;
    public int Client { get; init; } = 30;
    public int Product { get; init; } = 8;
    public int User { get; init; } = 5;

    public IReadOnlyDictionary<string, int> ToDictionary() => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["contract"] = Contract,
        ["client"] = Client,
        ["product"] = Product,
        ["user"] = User,
    };
}
