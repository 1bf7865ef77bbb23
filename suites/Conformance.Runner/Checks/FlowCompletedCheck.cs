using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A workflow ends within its step and time limits and every expression it needs has a value.</summary>
public sealed class FlowCompletedCheck : ICheck
{
    public string Id => "flow_completed";
    public string Title => "Flows run to completion within their limits";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "Arazzo 1.0.1 §4.6.4 Workflow Object; runner limits (200 steps, 60 s)";
    public bool IsMandatory => false;
}
