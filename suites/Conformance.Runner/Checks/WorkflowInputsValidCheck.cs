using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>Every input a workflow declares has a value (well-known, profile or default) that validates against the inputs schema.</summary>
public sealed class WorkflowInputsValidCheck : ICheck
{
    public string Id => "workflow_inputs_valid";
    public string Title => "Workflow inputs are complete and valid";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "Arazzo 1.0.1 §4.6.4 Workflow Object (inputs)";
    public bool IsMandatory => false;
}
