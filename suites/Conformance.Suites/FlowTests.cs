using Conformance.Runner.Results;
using Conformance.Suites.Support;

namespace Conformance.Suites;

/// <summary>
/// Every workflow of every API's flow files is one test (<c>api.workflowId</c>). The API is run once
/// (<see cref="SuiteRuns"/>); each test asserts its flow's outcome and lists the findings when it fails.
/// </summary>
[TestFixture]
public sealed class FlowTests
{
    public static IEnumerable<TestCaseData> Flows() =>
        SuiteCatalog.Apis(SuiteSettings.Current).SelectMany(api => SuiteCatalog.WorkflowIds(api)
            .Select(id => new TestCaseData(api, id).SetName($"{api}.{id}")));

    public static IEnumerable<TestCaseData> ApiVerdicts() =>
        SuiteCatalog.Apis(SuiteSettings.Current).Select(api => new TestCaseData(api).SetName($"{api}.provider_reachable"));

    [OneTimeSetUp]
    public async Task RunSuitesAsync()
    {
        foreach (var api in SuiteCatalog.Apis(SuiteSettings.Current))
        {
            await SuiteRuns.GetAsync(api);
        }
    }

    [TestCaseSource(nameof(Flows))]
    public async Task Flow(string api, string workflowId)
    {
        var result = await SuiteRuns.GetAsync(api);
        var flow = result.Flows.SingleOrDefault(f => f.WorkflowId == workflowId);

        Assert.That(flow, Is.Not.Null, $"{api}: workflow '{workflowId}' was not run");
        if (flow!.Outcome == Outcome.Omitted && result.Verdict != Verdict.Unreachable)
        {
            Assert.Ignore($"omitted: {string.Join("; ", flow.Findings.Select(f => f.Message))}");
        }

        Assert.That(flow.Outcome, Is.AnyOf(Outcome.Passed, Outcome.ExpectedFailure), () => FailureMessage.For(
            $"{api}.{workflowId} {flow.Outcome} ({flow.SourceFile})", FailureMessage.Blocking(flow)));
    }

    [TestCaseSource(nameof(ApiVerdicts))]
    public async Task ProviderReachable(string api)
    {
        var result = await SuiteRuns.GetAsync(api);

        Assert.That(result.Findings.Where(FailureMessage.IsBlocking), Is.Empty, () => FailureMessage.For(
            $"{api} at {result.ProviderBaseUrl}: {result.Verdict}", result.Findings.Where(FailureMessage.IsBlocking).Select(f => (f, (ExchangeRecord?)null))));
    }
}
