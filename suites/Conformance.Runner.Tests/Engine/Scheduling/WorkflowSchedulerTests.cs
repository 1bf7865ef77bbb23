using Conformance.Runner.Arazzo;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Engine.Scheduling;

public sealed class WorkflowSchedulerTests
{
    private const string Workflows = """
          - workflowId: first
            steps:
              - {stepId: s, operationId: getStatus}
          - workflowId: p1
            steps:
              - {stepId: s1, operationId: getStatus}
              - {stepId: s2, operationId: getStatus}
          - workflowId: p2
            steps:
              - {stepId: s1, operationId: getStatus}
              - {stepId: s2, operationId: getStatus}
          - workflowId: alone
            x-conformance-run-alone: true
            steps:
              - {stepId: s1, operationId: getStatus}
              - {stepId: s2, operationId: getStatus}
          - workflowId: p3
            steps:
              - {stepId: s1, operationId: getStatus}
          - workflowId: p4
            dependsOn: [p3]
            steps:
              - {stepId: s1, operationId: getStatus}
        """;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(8)]
    public async Task RunPreparedAsync_AnyParallelism_ResultsInPlanOrder(int parallelism)
    {
        var (result, _, _) = await RunAsync(parallelism);

        Assert.That(result.Flows.Select(f => (f.WorkflowId, f.Outcome)), Is.EqualTo(new[]
        {
            ("first", Outcome.Passed), ("p1", Outcome.Passed), ("p2", Outcome.Passed), ("alone", Outcome.Passed), ("p3", Outcome.Passed), ("p4", Outcome.Passed),
        }));
    }

    [TestCase(1)]
    [TestCase(4)]
    public async Task RunPreparedAsync_RunAloneWorkflow_NothingElseRunsBesideIt(int parallelism)
    {
        var (_, events, _) = await RunAsync(parallelism);

        var flows = events.Where(e => e.StartsWith("flow", StringComparison.Ordinal)).ToList();
        var start = flows.IndexOf("flow:alone");
        Assert.That(flows[start + 1], Is.EqualTo("flow-done:alone"), string.Join(", ", flows));
        Assert.That(flows.IndexOf("flow-done:p1"), Is.LessThan(start));
        Assert.That(flows.IndexOf("flow-done:p2"), Is.LessThan(start));
        Assert.That(flows.IndexOf("flow:p3"), Is.GreaterThan(start));
        Assert.That(flows[1], Is.EqualTo("flow-done:first"), "the first workflow runs alone");
    }

    [Test]
    public async Task RunPreparedAsync_DependentWorkflow_StartsAfterItsDependencyFinished()
    {
        var (_, events, _) = await RunAsync(4);

        Assert.That(events.IndexOf("flow-done:p3"), Is.LessThan(events.IndexOf("flow:p4")));
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task RunPreparedAsync_Parallelism_NoMoreRequestsInFlight(int parallelism)
    {
        var (_, _, transport) = await RunAsync(parallelism);

        Assert.That(transport.MaxInFlight, Is.InRange(1, parallelism));
    }

    private static async Task<(ApiRunResult Result, List<string> Events, InFlightCounter Transport)> RunAsync(int parallelism)
    {
        var transport = new InFlightCounter(_ => InMemoryTransport.Json(200, """{"ready":true}"""));
        var request = new ApiRunRequest
        {
            ApiId = "test",
            ProviderBaseUrl = "http://provider.test/test/v1",
            SpecPath = "in-memory",
            Transport = transport,
            IncludeGeneratedCases = false,
            Parallelism = parallelism,
        };
        var listener = new RecordingListener();
        var document = ArazzoLoader.LoadText(EngineHarness.Flow(Workflows), "plan.arazzo.yaml", TestSpec.Create()).Document!;

        var result = await new ConformanceRunner().RunPreparedAsync(request, new RunPreparation(TestSpec.Create(), [document], [], []), listener, CancellationToken.None);

        return (result, listener.Events, transport);
    }
}
