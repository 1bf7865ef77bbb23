using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Hands events of workflows and cases running side by side to <paramref name="inner"/> one at a
/// time, so a listener never sees two calls at once (the <see cref="IRunListener"/> promise).
/// </summary>
public sealed class SynchronizedRunListener(IRunListener inner) : IRunListener
{
    private readonly Lock gate = new();

    public void ApiStarted(string apiId, string providerBaseUrl, int flowCount, int generatedCaseCount)
    {
        lock (gate)
        {
            inner.ApiStarted(apiId, providerBaseUrl, flowCount, generatedCaseCount);
        }
    }

    public void FlowStarted(string apiId, string workflowId)
    {
        lock (gate)
        {
            inner.FlowStarted(apiId, workflowId);
        }
    }

    public void StepFinished(string apiId, string workflowId, StepResult step)
    {
        lock (gate)
        {
            inner.StepFinished(apiId, workflowId, step);
        }
    }

    public void FlowFinished(string apiId, FlowResult flow)
    {
        lock (gate)
        {
            inner.FlowFinished(apiId, flow);
        }
    }

    public void GeneratedCaseFinished(string apiId, GeneratedCaseResult result)
    {
        lock (gate)
        {
            inner.GeneratedCaseFinished(apiId, result);
        }
    }

    public void ApiFinished(ApiRunResult result)
    {
        lock (gate)
        {
            inner.ApiFinished(result);
        }
    }
}
