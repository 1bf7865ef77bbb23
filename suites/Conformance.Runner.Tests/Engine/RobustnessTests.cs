using System.Net.Http.Json;
using System.Text;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Microsoft.AspNetCore.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Settings;

namespace Conformance.Runner.Tests.Engine;

/// <summary>Whole runs against misbehaving loopback providers: each ends with a result, a verdict and a clear finding.</summary>
public sealed class RobustnessTests
{
    private const string GetItemFlow = """
          - workflowId: get
            steps:
              - stepId: one
                operationId: getItem
                parameters: [{name: itemId, in: path, value: C1}]
                successCriteria: [{condition: $statusCode == 200}]
        """;

    [Test]
    public async Task RunPreparedAsync_NothingListening_IsUnreachableQuickly()
    {
        var (result, _) = await RunAsync(TestProvider.DeadUrl(), GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Unreachable));
        Assert.That(result.Findings.Single().CheckId, Is.EqualTo("provider_reachable"));
        Assert.That(result.Flows.Single().Outcome, Is.EqualTo(Outcome.Omitted));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderHangs_TimesOutWithFinding()
    {
        await using var provider = await TestProvider.StartAsync(async context =>
        {
            if (context.Request.Path.StartsWithSegments("/test/v1/item", StringComparison.Ordinal))
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
        });

        var (result, _) = await RunAsync(provider.Url, GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        var finding = result.Flows.Single().Steps.Single().Findings[0];
        Assert.That(finding.CheckId, Is.EqualTo("response_received"));
        Assert.That(finding.Message, Does.Contain("timeout"));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderResetsConnections_RecordsReset()
    {
        await using var provider = await TestProvider.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        var (result, _) = await RunAsync(provider.Url, GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(result.Flows.Single().Steps.Single().Findings[0].CheckId, Is.EqualTo("response_received"));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderAnswersHtml_FindsContentType()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithHeader("Content-Type", "text/html").WithBody("<html>oops</html>"));

        var (result, _) = await RunAsync(provider.Url!, GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(result.Flows.Single().Steps.Single().Findings.Select(f => f.CheckId), Does.Contain("content_type_conformance"));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderAnswersJsonContentTypeWithEmptyBody_NotConformantNamingTheEmptyBody()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json"));

        var (result, _) = await RunAsync(provider.Url!, GetItemFlow);

        var step = result.Flows.Single().Steps.Single();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(step.Exchanges.Single().Response!.StatusCode, Is.EqualTo(200));
        Assert.That(step.Findings.Single(f => f.CheckId == "response_schema_conformance").Message, Does.Contain("the body is empty: an empty body is not valid JSON"));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderSendsWireMockEmptyResponseFault_NotConformant()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"id":"C1","status":120}""").WithFault(FaultType.EMPTY_RESPONSE));

        var (result, _) = await RunAsync(provider.Url!, GetItemFlow);

        var step = result.Flows.Single().Steps.Single();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant), string.Join("\n", RunResults.AllFindings(result).Select(f => f.Message)));
        Assert.That(step.Exchanges.Single().Response!.Body, Is.Null.Or.Empty);
        Assert.That(step.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.CheckId), Is.EqualTo(new[] { "response_schema_conformance" }));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderSendsMalformedChunk_NotConformantWithFinding()
    {
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"id":"C1","status":120}""").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var (result, _) = await RunAsync(provider.Url!, GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(result.Flows.Single().Steps.Single().Findings, Is.Not.Empty);
    }

    [Test]
    public async Task RunPreparedAsync_ProviderSendsFiveMegabytes_ReadsCappedBodyAndFinds()
    {
        var garbage = new byte[5 * 1024 * 1024];
        new Random(7).NextBytes(garbage);
        using var provider = StubProvider.Start();
        provider.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(garbage));

        var (result, _) = await RunAsync(provider.Url!, GetItemFlow);

        var step = result.Flows.Single().Steps.Single();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(step.Exchanges.Single().Response!.BodyTruncated, Is.True);
        Assert.That(step.Findings.Select(f => f.CheckId), Does.Contain("response_schema_conformance"));
        Assert.That(step.Exchanges.Single().Response!.Body!.Length, Is.LessThanOrEqualTo(64 * 1024));
    }

    [Test]
    public async Task RunPreparedAsync_ProviderSendsMalformedCallback_FindsCallbackProblems()
    {
        using var client = new HttpClient();
        await using var provider = await TestProvider.StartAsync(async context =>
        {
            var body = await context.Request.ReadFromJsonAsync<Dictionary<string, object>>();
            var callbackUrl = body!["callbackUrl"].ToString()!;
            using var sent = await client.PostAsync(callbackUrl, new StringContent("{definitely not json", Encoding.UTF8, "application/json"));
            context.Response.StatusCode = 201;
            context.Response.Headers.Location = "/item/C1";
            await context.Response.WriteAsJsonAsync(new { id = "C1", status = 120 });
        });
        const string flow = """
              - workflowId: callback
                inputs: {type: object, properties: {callbackUrl: {type: string}}}
                steps:
                  - stepId: create
                    operationId: createItem
                    requestBody: {payload: {name: x, callbackUrl: $inputs.callbackUrl}}
                    successCriteria: [{condition: $statusCode == 201}]
                  - stepId: wait
                    operationId: itemChangedCallback
                    x-conformance-await-callback: {match: $request.body#/id, equals: C1, timeout: 30}
            """;

        var (result, _) = await RunAsync(provider.Url, flow, driveClockAfterStep: "create");

        var wait = result.Flows.Single().Steps.Single(s => s.StepId == "wait");
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
        Assert.That(wait.Findings.Select(f => f.CheckId), Is.EquivalentTo(new[] { "callback_received", "callback_request_conformance" }));
        Assert.That(wait.Findings[0].Message, Does.Contain("malformed"));
        Assert.That(wait.Exchanges.Single().Request.Body, Is.EqualTo("{definitely not json"));
    }

    [Test]
    public async Task RunPreparedAsync_WellBehavedProvider_IsConformant()
    {
        await using var provider = await TestProvider.StartAsync(async context =>
        {
            await context.Response.WriteAsJsonAsync(new { id = "C1", status = 120 });
        });

        var (result, events) = await RunAsync(provider.Url, GetItemFlow);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Conformant), string.Join("\n", RunResults.AllFindings(result).Select(f => f.Message)));
        Assert.That(events, Is.EqualTo(new[] { "api", "flow:get", "step:one", "flow-done:get", "api-done" }));
    }

    /// <summary>Runs on the system clock, or on a driven clock advanced only once <paramref name="driveClockAfterStep"/> has finished.</summary>
    private static async Task<(ApiRunResult Result, List<string> Events)> RunAsync(string baseUrl, string workflows, string? driveClockAfterStep = null)
    {
        var spec = TestSpec.Create();
        var document = ArazzoLoader.LoadText(EngineHarness.Flow(workflows), "robust.arazzo.yaml", spec);
        Assert.That(document.Diagnostics, Is.Empty, string.Join("\n", document.Diagnostics));
        var clock = new DrivenClock();
        var driveClock = driveClockAfterStep is not null;
        var request = new ApiRunRequest
        {
            ApiId = "test",
            ProviderBaseUrl = baseUrl + "/test/v1",
            SpecPath = "in-memory",
            IncludeGeneratedCases = false,
            RequestTimeout = TimeSpan.FromMilliseconds(500),
            TimeProvider = driveClock ? clock : TimeProvider.System,
            ReachabilityAttempts = 1,
        };
        var listener = new RecordingListener();
        var run = new ConformanceRunner().RunPreparedAsync(request, new RunPreparation(spec, [document.Document!], [], []), listener, CancellationToken.None);
        var result = driveClock ? await clock.DriveAsync(run, TimeSpan.FromSeconds(10), ready: () => listener.Saw($"step:{driveClockAfterStep}")) : await run;
        return (result, listener.Events);
    }
}
