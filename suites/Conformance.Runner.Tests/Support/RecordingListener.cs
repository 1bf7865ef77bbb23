using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Support;

/// <summary>Remembers the order of run events.</summary>
public sealed class RecordingListener : IRunListener
{
    public List<string> Events { get; } = [];

    public void ApiStarted(string apiId, string providerBaseUrl, int flowCount, int generatedCaseCount) => Events.Add("api");

    public void FlowStarted(string apiId, string workflowId) => Events.Add($"flow:{workflowId}");

    public void StepFinished(string apiId, string workflowId, StepResult step) => Events.Add($"step:{step.StepId}");

    public void FlowFinished(string apiId, FlowResult flow) => Events.Add($"flow-done:{flow.WorkflowId}");

    public void GeneratedCaseFinished(string apiId, GeneratedCaseResult result) => Events.Add($"case:{result.CaseId}");

    public void ApiFinished(ApiRunResult result) => Events.Add("api-done");
}
