namespace Conformance.Runner.Arazzo;

/// <summary>
/// A success or failure action. For <see cref="ActionType.Goto"/> exactly one of
/// <see cref="StepId"/> and <see cref="WorkflowId"/> is set. <see cref="RetryAfter"/> is in
/// seconds (default 0); <see cref="RetryLimit"/> defaults to 1 (Arazzo 1.0.1 §4.6.13).
/// An action applies when all its <see cref="Criteria"/> hold.
/// </summary>
public sealed record ArazzoAction
{
    public required string Name { get; init; }
    public required ActionType Type { get; init; }
    public string? StepId { get; init; }
    public string? WorkflowId { get; init; }
    public double RetryAfter { get; init; }
    public int RetryLimit { get; init; } = 1;
    public IReadOnlyList<ArazzoCriterion> Criteria { get; init; } = [];
}
