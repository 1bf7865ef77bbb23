namespace Conformance.Runner.Engine;

/// <summary>Steps left and the deadline of a top-level workflow run; nested workflows share it.</summary>
internal sealed class RunBudget(int maxSteps, CancellationToken deadline)
{
    public int MaxSteps { get; } = maxSteps;
    public int StepsRun { get; set; }
    public CancellationToken Deadline { get; } = deadline;
    public bool Exhausted => StepsRun >= MaxSteps;
}
