using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>Each step's successCriteria hold (after any retries the flow allows).</summary>
public sealed class FlowSuccessCriteriaCheck : ICheck
{
    public string Id => "flow_success_criteria";
    public string Title => "Flow steps meet their success criteria";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "Arazzo 1.0.1 §4.6.6 Step Object (successCriteria)";
    public bool IsMandatory => true;
}
