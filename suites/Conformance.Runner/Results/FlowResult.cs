namespace Conformance.Runner.Results;

/// <summary>
/// One Arazzo workflow run. <see cref="Findings"/> holds flow-level findings (step limit, time limit,
/// bad expressions); step findings stay on their steps.
/// </summary>
public sealed record FlowResult
{
    public required string WorkflowId { get; init; }
    public string? Summary { get; init; }
    public required string SourceFile { get; init; }
    public required Outcome Outcome { get; init; }
    public required TimeSpan Duration { get; init; }
    public required IReadOnlyList<StepResult> Steps { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
}
