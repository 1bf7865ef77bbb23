namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>The Ledger test API's <c>seed.yaml</c>.</summary>
public sealed record LedgerSeedSettings
{
    /// <summary>Entries seeded at start and after a reset, <c>E000001</c> upwards.</summary>
    public required int Entries { get; init; }
}
