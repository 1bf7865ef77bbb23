namespace Conformance.Runner.Results;

/// <summary>One executed step of a flow. A retried step holds one exchange per attempt, in order.</summary>
public sealed record StepResult
{
    public required string StepId { get; init; }
    public string? OperationId { get; init; }
    public string? Description { get; init; }
    public required Outcome Outcome { get; init; }
    public required TimeSpan Duration { get; init; }
    public required IReadOnlyList<ExchangeRecord> Exchanges { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The step's outputs rendered as text (for reports), in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Outputs { get; init; } = [];
}
