namespace Conformance.Runner.Engine;

/// <summary>Where a workflow goes after a step visit.</summary>
internal enum NextStepKind
{
    Continue,
    GotoStep,
    GotoWorkflow,
    EndSuccess,
    Fail,
}
