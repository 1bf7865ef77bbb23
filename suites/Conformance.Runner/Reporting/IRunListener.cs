using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Receives the run as a stream of events (console progress is one listener). Calls arrive one at
/// a time; with workflows running side by side, events of different workflows interleave (each
/// workflow's own events stay in order). Implementations must not throw.
/// </summary>
public interface IRunListener
{
    void ApiStarted(string apiId, string providerBaseUrl, int flowCount, int generatedCaseCount) { }
    void FlowStarted(string apiId, string workflowId) { }
    void StepFinished(string apiId, string workflowId, StepResult step) { }
    void FlowFinished(string apiId, FlowResult flow) { }
    void GeneratedCaseFinished(string apiId, GeneratedCaseResult result) { }
    void ApiFinished(ApiRunResult result) { }
}
