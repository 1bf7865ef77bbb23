namespace Conformance.Mock.Apis.Finum;

/// <summary>
/// <c>fixtures/apis/finum/seed.yaml</c>: every key optional, missing ones keep these documented
/// defaults. Delays are seconds on the provider clock; the command line can override them
/// (<see cref="FinumOptions"/>).
/// </summary>
public sealed record FinumSeedSettings
{
    public DateTimeOffset ReferenceDate { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public FinumSeedCounts Counts { get; init; } = new();

    /// <summary>Types whose number follows from other records (documentation only; nothing is read from the values).</summary>
    public IReadOnlyDictionary<string, string> Derived { get; init; } = new Dictionary<string, string>();

    /// <summary>120 → 130 on the provider clock.</summary>
    public double ProposalDelaySeconds { get; init; } = 2;

    /// <summary>230 → 320 on the provider clock.</summary>
    public double ActivationDelaySeconds { get; init; } = 2;
}
