using Conformance.Runner.Reporting.Coverage;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Reporting.Coverage;

internal sealed class SpecCoverageBuilderTests
{
    private const string Base = "http://127.0.0.1:5080/test/v1";

    [Test]
    public void Build_NothingRan_ListsEveryOperationAndCallbackAsNotExercised()
    {
        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result(flows: [], cases: []));

        Assert.Multiple(() =>
        {
            Assert.That(coverage.Operations.Select(o => o.OperationId), Is.EqualTo(new[] { "listUpdatedItemIds", "listItems", "getItem", "createItem", "getStatus", "itemChangedCallback" }));
            Assert.That(coverage.Operations.Single(o => o.OperationId == "itemChangedCallback").Kind, Is.EqualTo(CoverageKind.Callback));
            Assert.That(coverage.OperationsExercised, Is.Zero);
            Assert.That(coverage.ResponsesReached, Is.Zero);
            Assert.That(coverage.UnreachedResponses, Has.Count.EqualTo(coverage.ResponsesTotal));
        });
    }

    [Test]
    public void Build_FlowAndGeneratedExchanges_CountPerOperationAndMarkTheDocumentedResponsesReached()
    {
        var flow = Flow(Step("getItem", Outbound("GET", "/item/a1", 200), Outbound("GET", "/item/zz", 404)));
        var cases = new[] { Case("createItem", Outbound("POST", "/item", 400)), Case("createItem", Outbound("POST", "/item", 201)) };

        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result([flow], cases));

        var getItem = coverage.Operations.Single(o => o.OperationId == "getItem");
        var createItem = coverage.Operations.Single(o => o.OperationId == "createItem");
        Assert.Multiple(() =>
        {
            Assert.That(getItem.FlowRequests, Is.EqualTo(2));
            Assert.That(getItem.Responses.Where(r => r.Reached).Select(r => r.Status), Is.EquivalentTo(new[] { "200", "404" }));
            Assert.That(createItem.GeneratedRequests, Is.EqualTo(2));
            Assert.That(createItem.Responses.Where(r => r.Reached).Select(r => r.Status), Is.EquivalentTo(new[] { "201", "400" }));
            Assert.That(coverage.OperationsExercised, Is.EqualTo(2));
            Assert.That(coverage.UnreachedResponses, Does.Contain("getItem 401").And.Contain("createItem 404").And.Not.Contain("getItem 200"));
        });
    }

    [Test]
    public void Build_RequestToAnotherOperationsPath_CountsForTheOperationItMatches()
    {
        var flow = Flow(Step("createItem", Outbound("GET", "/status", 200)));

        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result([flow], []));

        Assert.Multiple(() =>
        {
            Assert.That(coverage.Operations.Single(o => o.OperationId == "getStatus").Exercised, Is.True);
            Assert.That(coverage.Operations.Single(o => o.OperationId == "createItem").Exercised, Is.False);
        });
    }

    [Test]
    public void Build_UndocumentedMethodCase_CountsForNoOperation()
    {
        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result([], [Case("getStatus", Outbound("DELETE", "/status", 405))]));

        Assert.That(coverage.OperationsExercised, Is.Zero);
    }

    [Test]
    public void Build_InboundCallbackAnswered_MarksTheCallbackAndItsResponseReached()
    {
        var inbound = Outbound("POST", "/callbacks/run-1/t", 204) with { Direction = ExchangeDirection.InboundCallback, Request = Request("POST", "http://127.0.0.1:7000/callbacks/run-1/t") };
        var flow = Flow(Step("itemChangedCallback", inbound));

        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result([flow], []));

        var callback = coverage.Operations.Single(o => o.OperationId == "itemChangedCallback");
        Assert.Multiple(() =>
        {
            Assert.That(callback.Exercised, Is.True);
            Assert.That(callback.Responses.Single().Reached, Is.True);
        });
    }

    [Test]
    public void Build_TransportError_ExercisesTheOperationButReachesNoResponse()
    {
        var dead = Outbound("GET", "/item/a1", 200) with { Response = null, TransportError = "connection refused" };

        var coverage = SpecCoverageBuilder.Build(TestSpec.Create(), Result([Flow(Step("getItem", dead))], []));

        var getItem = coverage.Operations.Single(o => o.OperationId == "getItem");
        Assert.That((getItem.Exercised, getItem.Responses.Any(r => r.Reached)), Is.EqualTo((true, false)));
    }

    private static ApiRunResult Result(IReadOnlyList<FlowResult> flows, IReadOnlyList<GeneratedCaseResult> cases) => new()
    {
        ApiId = "test",
        ProviderBaseUrl = Base,
        SpecTitle = "Test API",
        SpecVersion = "1.0.0",
        Verdict = Verdict.Conformant,
        Flows = flows,
        GeneratedCases = cases,
        Findings = [],
    };

    private static FlowResult Flow(params StepResult[] steps) => new()
    {
        WorkflowId = "w",
        SourceFile = "w.arazzo.yaml",
        Outcome = Outcome.Passed,
        Duration = TimeSpan.Zero,
        Steps = steps,
        Findings = [],
    };

    private static StepResult Step(string operationId, params ExchangeRecord[] exchanges) => new()
    {
        StepId = "s",
        OperationId = operationId,
        Outcome = Outcome.Passed,
        Duration = TimeSpan.Zero,
        Exchanges = exchanges,
        Findings = [],
    };

    private static GeneratedCaseResult Case(string operationId, ExchangeRecord exchange) => new()
    {
        CaseId = $"{operationId}.case",
        OperationId = operationId,
        Kind = "valid_request",
        Outcome = Outcome.Passed,
        Duration = TimeSpan.Zero,
        Exchanges = [exchange],
        Findings = [],
    };

    private static ExchangeRecord Outbound(string method, string path, int status) => new()
    {
        Direction = ExchangeDirection.Outbound,
        Request = Request(method, Base + path),
        Response = new HttpResponseRecord { StatusCode = status, Headers = [] },
        Elapsed = TimeSpan.Zero,
    };

    private static HttpRequestRecord Request(string method, string url) => new() { Method = method, Url = url, Headers = [] };
}
