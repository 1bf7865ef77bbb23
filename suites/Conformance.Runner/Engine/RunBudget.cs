using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>
/// Steps left, the deadline and the workflow values of a top-level workflow run; nested workflows
/// share it. <see cref="Workflows"/> starts with the values of the workflows it depends on, so what
/// <c>$workflows.…</c> sees does not depend on what else runs at the same time.
/// </summary>
internal sealed class RunBudget(int maxSteps, Dictionary<string, WorkflowValues> workflows, CancellationToken deadline)
{
    public int MaxSteps { get; } = maxSteps;
    public int StepsRun { get; set; }
    public CancellationToken Deadline { get; } = deadline;
    public bool Exhausted => StepsRun >= MaxSteps;
    public Dictionary<string, WorkflowValues> Workflows { get; } = workflows;
}
