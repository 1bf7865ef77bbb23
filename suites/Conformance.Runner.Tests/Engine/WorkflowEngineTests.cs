using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Engine;

public sealed class WorkflowEngineTests
{
    private const string Item = """{"id":"C1","status":130}""";

    private static TransportResult Route(TransportRequest request) => request.Url switch
    {
        var u when u.Contains("/item-id-list-updated", StringComparison.Ordinal) => EngineHarness.Json(200, """["C1","C2"]"""),
        var u when u.Contains("/item-list", StringComparison.Ordinal) => EngineHarness.Json(200, $"[{Item}]"),
        var u when u.Contains("/item/", StringComparison.Ordinal) => EngineHarness.Json(200, Item),
        _ => EngineHarness.Json(404, """{"title":"Not Found","status":404}""") with { ContentType = "application/problem+json" },
    };

    [Test]
    public async Task RunAsync_ChainedSteps_PassesOutputsAndSerialisesParameters()
    {
        using var harness = new EngineHarness(Route);

        var result = await harness.RunAsync("""
              - workflowId: chain
                outputs:
                  firstId: $steps.ids.outputs.first
                steps:
                  - stepId: ids
                    operationId: listUpdatedItemIds
                    parameters: [{name: since, in: query, value: $inputs.epoch}]
                    successCriteria: [{condition: $statusCode == 200}]
                    outputs: {first: $response.body#/0, all: $response.body}
                  - stepId: items
                    operationId: listItems
                    parameters: [{name: id-list, value: $steps.ids.outputs.all}]
                    successCriteria:
                      - condition: $statusCode == 200 && $response.body#/0/status == 130
                      - {context: $response.body, condition: "$[*][?(@.id == 'C1')]", type: jsonpath}
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), string.Join("\n", result.Steps.SelectMany(s => s.Findings).Select(f => f.Message)));
        Assert.That(harness.Transport.Requests.Select(r => r.Url), Is.EqualTo(new[]
        {
            "http://provider.test/test/v1/item-id-list-updated?since=1970-01-01T00%3A00%3A00Z",
            "http://provider.test/test/v1/item-list?id-list=C1,C2",
        }));
        Assert.That(result.Steps[0].Outputs, Does.Contain(new KeyValuePair<string, string>("first", "C1")));
    }

    [Test]
    public async Task RunAsync_PollingUntilStatus_RetriesWithOneExchangePerAttempt()
    {
        var calls = 0;
        using var harness = new EngineHarness(_ => EngineHarness.Json(200, ++calls < 3 ? """{"id":"C1","status":120}""" : Item));

        var result = await harness.RunAsync("""
              - workflowId: poll
                steps:
                  - stepId: wait
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    successCriteria: [{condition: $response.body#/status == 130}]
                    onFailure: [{name: again, type: retry, retryAfter: 5, retryLimit: 5}]
            """, TimeSpan.FromSeconds(5));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed));
        Assert.That(result.Steps.Single().Exchanges, Has.Count.EqualTo(3));
        Assert.That(harness.Clock.GetUtcNow(), Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 10, TimeSpan.Zero)));
    }

    [Test]
    public async Task RunAsync_RetriesExhausted_FailsWithCriteriaFinding()
    {
        using var harness = new EngineHarness(_ => EngineHarness.Json(200, """{"id":"C1","status":120}"""));

        var result = await harness.RunAsync("""
              - workflowId: poll
                steps:
                  - stepId: wait
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    successCriteria: [{condition: $response.body#/status == 130}]
                    onFailure: [{name: again, type: retry, retryAfter: 1, retryLimit: 2}]
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        var finding = result.Steps.Single().Findings.Single(f => f.CheckId == "flow_success_criteria");
        Assert.That(finding.Message, Does.Contain("after 3 attempts").And.Contain("$response.body#/status = 120"));
        Assert.That(result.Steps.Single().Exchanges, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task RunAsync_OnSuccessGotoAndEnd_SkipsAndStops()
    {
        using var harness = new EngineHarness(Route);

        var result = await harness.RunAsync("""
              - workflowId: jumps
                steps:
                  - stepId: a
                    operationId: getStatus
                    onSuccess: [{name: skip, type: goto, stepId: c}]
                  - stepId: b
                    operationId: listUpdatedItemIds
                    parameters: [{name: since, in: query, value: x}]
                  - stepId: c
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    onSuccess: [{name: stop, type: end}]
                  - stepId: d
                    operationId: getStatus
            """);

        Assert.That(result.Steps.Select(s => s.StepId), Is.EqualTo(new[] { "a", "c" }));
        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed), "getStatus answered an undocumented 404");
    }

    [Test]
    public async Task RunAsync_OnFailureGoto_IsHandledWithInfo()
    {
        using var harness = new EngineHarness(Route);

        var result = await harness.RunAsync("""
              - workflowId: branch
                steps:
                  - stepId: a
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    successCriteria: [{condition: $response.body#/status == 999}]
                    onFailure: [{name: other, type: goto, stepId: c, criteria: [{condition: $statusCode == 200}]}]
                  - stepId: b
                    operationId: getStatus
                  - stepId: c
                    operationId: listItems
                    parameters: [{name: id-list, value: C1}]
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed));
        Assert.That(result.Steps.Select(s => s.StepId), Is.EqualTo(new[] { "a", "c" }));
        Assert.That(result.Steps[0].Findings.Single().Severity, Is.EqualTo(Severity.Info));
    }

    [Test]
    public async Task RunAsync_EndlessRetries_StopsAtStepLimit()
    {
        using var harness = new EngineHarness(_ => EngineHarness.Json(200, """{"id":"C1","status":120}"""));

        var result = await harness.RunAsync("""
              - workflowId: forever
                steps:
                  - stepId: wait
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    successCriteria: [{condition: $response.body#/status == 130}]
                    onFailure: [{name: again, type: retry, retryAfter: 0, retryLimit: 100000}]
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Findings.Single().Message, Does.Contain("limit of 200 steps"));
        Assert.That(harness.Transport.Requests, Has.Count.EqualTo(200));
    }

    [Test]
    public async Task RunAsync_SlowPolling_StopsAtTimeLimit()
    {
        using var harness = new EngineHarness(_ => EngineHarness.Json(200, """{"id":"C1","status":120}"""));

        var result = await harness.RunAsync("""
              - workflowId: slow
                steps:
                  - stepId: wait
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: C1}]
                    successCriteria: [{condition: $response.body#/status == 130}]
                    onFailure: [{name: again, type: retry, retryAfter: 10, retryLimit: 100}]
            """, TimeSpan.FromSeconds(10));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Findings.Single().Message, Does.Contain("time limit of 60 s"));
        Assert.That(harness.Transport.Requests.Count, Is.InRange(6, 7));
    }

    [Test]
    public async Task RunAsync_ProviderUnreachable_RecordsFindingWithoutException()
    {
        using var harness = new EngineHarness(_ => TransportResult.Failure(TransportErrorKind.ConnectionReset, "connection reset", TimeSpan.Zero));

        var result = await harness.RunAsync("""
              - workflowId: one
                steps:
                  - stepId: a
                    operationId: getStatus
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Steps.Single().Findings.Select(f => f.CheckId), Is.EqualTo(new[] { "response_received" }));
        Assert.That(result.Steps.Single().Exchanges.Single().TransportError, Does.Contain("reset"));
    }

    [Test]
    public async Task RunAsync_RequiredInputMissing_FailsInputsCheck()
    {
        using var harness = new EngineHarness(Route);

        var result = await harness.RunAsync("""
              - workflowId: needs
                inputs: {type: object, required: [holderId], properties: {holderId: {type: string}}}
                steps:
                  - stepId: a
                    operationId: getStatus
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Findings.Single().CheckId, Is.EqualTo("workflow_inputs_valid"));
        Assert.That(harness.Transport.Requests, Is.Empty);
    }

    [Test]
    public async Task RunAsync_ProfileInputOfWrongType_FailsValidation()
    {
        using var harness = new EngineHarness(Route);
        harness.Context = harness.Context with
        {
            ProfileInputs = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["*"] = new Dictionary<string, string> { ["count"] = "many" } },
        };

        var result = await harness.RunAsync("""
              - workflowId: needs
                inputs: {type: object, properties: {count: {type: integer}}}
                steps:
                  - stepId: a
                    operationId: getStatus
            """);

        Assert.That(result.Findings.Single().CheckId, Is.EqualTo("workflow_inputs_valid"));
    }

    [Test]
    public async Task RunAsync_BodyWithReplacementsAndAuthModes_BuildsRequests()
    {
        using var harness = new EngineHarness(_ => EngineHarness.Json(201, Item) with { Headers = [new("Content-Type", "application/json"), new("Location", "/item/C1")] });

        var result = await harness.RunAsync("""
              - workflowId: create
                inputs: {type: object, properties: {name: {type: string, default: first}}}
                steps:
                  - stepId: create
                    operationId: createItem
                    requestBody:
                      payload: {name: $inputs.name, kind: a, callbackUrl: "https://x/{$inputs.runId}"}
                      replacements: [{target: /kind, value: b}]
                    successCriteria: [{condition: $statusCode == 201}]
                  - stepId: anonymous
                    operationId: createItem
                    x-conformance-auth: none
                    x-conformance-expect-failure-checks: [response_headers_conformance]
                    requestBody: {payload: {name: x}}
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), string.Join("\n", result.Steps.SelectMany(s => s.Findings).Select(f => f.Message)));
        var requests = harness.Transport.Requests;
        Assert.That(requests[0].Body, Is.EqualTo("""{"name":"first","kind":"b","callbackUrl":"https://x/run1"}"""));
        Assert.That(requests[0].Headers.Single(h => h.Key == "Authorization").Value, Does.StartWith("Bearer ey"));
        Assert.That(requests[1].Headers.Any(h => h.Key == "Authorization"), Is.False);
        Assert.That(result.Steps[0].Exchanges[0].Request.Headers.Single(h => h.Key == "Authorization").Value, Is.EqualTo("Bearer ***"));
    }

    [Test]
    public async Task RunAsync_WorkflowStep_RunsNestedWorkflowAndExposesOutputs()
    {
        using var harness = new EngineHarness(Route);

        var result = await harness.RunAsync("""
              - workflowId: outer
                steps:
                  - stepId: inner
                    workflowId: discover
                    parameters: [{name: since, value: $inputs.epoch}]
                    outputs: {id: $outputs.firstId}
                  - stepId: use
                    operationId: getItem
                    parameters: [{name: itemId, in: path, value: $steps.inner.outputs.id}]
              - workflowId: discover
                inputs: {type: object, properties: {since: {type: string}}}
                outputs: {firstId: $steps.ids.outputs.first}
                steps:
                  - stepId: ids
                    operationId: listUpdatedItemIds
                    parameters: [{name: since, in: query, value: $inputs.since}]
                    outputs: {first: $response.body#/0}
            """);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), string.Join("\n", result.Steps.SelectMany(s => s.Findings).Select(f => f.Message)));
        Assert.That(harness.Transport.Requests[^1].Url, Is.EqualTo("http://provider.test/test/v1/item/C1"));
    }
}
