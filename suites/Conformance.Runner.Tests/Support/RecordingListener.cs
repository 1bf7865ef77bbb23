using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Support;

/// <summary>Remembers the order of run events.</summary>
public sealed class RecordingListener : IRunListener
{
    private readonly Lock gate = new();
    private readonly List<string> events = [];

    /// <summary>A copy of the events so far, in order.</summary>
    public List<string> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>True once <paramref name="name"/> was recorded (safe to ask while the run goes on).</summary>
    public bool Saw(string name)
    {
        lock (gate)
        {
            return events.Contains(name);
        }
    }

    public void ApiStarted(string apiId, string providerBaseUrl, int flowCount, int generatedCaseCount) => Add("api");

    public void FlowStarted(string apiId, string workflowId) => Add($"flow:{workflowId}");

    public void StepFinished(string apiId, string workflowId, StepResult step) => Add($"step:{step.StepId}");

    public void FlowFinished(string apiId, FlowResult flow) => Add($"flow-done:{flow.WorkflowId}");

    public void GeneratedCaseFinished(string apiId, GeneratedCaseResult result) => Add($"case:{result.CaseId}");

    public void ApiFinished(ApiRunResult result) => Add("api-done");

    private void Add(string name)
    {
        lock (gate)
        {
            events.Add(name);
        }
    }
}
