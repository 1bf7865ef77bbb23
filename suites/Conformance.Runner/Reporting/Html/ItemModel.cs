using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Html;

/// <summary>What a step and a generated case have in common, as <see cref="ItemView"/> shows it.</summary>
internal sealed record ItemModel
{
    public required string Anchor { get; init; }
    public required string Name { get; init; }

    /// <summary>Shown beside the name: the operation of a step, the case id of a generated case.</summary>
    public string? Detail { get; init; }
    public string? Description { get; init; }
    public required Outcome Outcome { get; init; }
    public required TimeSpan Duration { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<ExchangeRecord> Exchanges { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Outputs { get; init; } = [];
}
