namespace Conformance.Runner.Engine.Scheduling;

/// <summary>Why a run stopped early (<see cref="RunStop"/>).</summary>
public enum StopKind
{
    None,

    /// <summary>The run's <c>--max-duration</c> passed.</summary>
    BudgetExhausted,

    /// <summary>Consecutive transport time-outs reached the limit: the provider stopped answering.</summary>
    ProviderStoppedAnswering,
}
