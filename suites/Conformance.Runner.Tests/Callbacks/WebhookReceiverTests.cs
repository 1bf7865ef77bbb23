using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Engine;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Callbacks;

/// <summary>Webhooks: one fixed receiver URL, correlated on the payload, over real HTTP.</summary>
public sealed class WebhookReceiverTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public async Task WaitForWebhookAsync_WebhooksAtTheFixedPath_TheOneWhosePayloadMatchesIsTaken()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions { WebhookPath = "/webhooks/auth" }, TimeProvider.System, CancellationToken.None);
        using var client = new HttpClient();

        var waiting = receiver.Inbox.WaitForWebhookAsync(c => JsonValues.ToText(c.View.Body?["ref"]) == "mine", 202, Wait, CancellationToken.None);
        using var other = await client.PostAsync(receiver.Inbox.WebhookUrl, Json("""{"ref":"someone-else"}"""));
        using var mine = await client.PostAsync(receiver.Inbox.WebhookUrl + "/", Json("""{"ref":"mine"}"""));
        var webhook = await waiting;

        Assert.That(receiver.Inbox.WebhookUrl, Is.EqualTo(receiver.ListenUrl + "/webhooks/auth"));
        Assert.That(webhook!.View.Body!["ref"]!.GetValue<string>(), Is.EqualTo("mine"));
        Assert.That((other.StatusCode, mine.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.Accepted)));
        Assert.That(receiver.Inbox.UnclaimedWebhooks().Single().View.Body!["ref"]!.GetValue<string>(), Is.EqualTo("someone-else"));
    }

    [Test]
    public async Task Deliver_WebhookPathNotConfigured_IsStray()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions(), TimeProvider.System, CancellationToken.None);
        using var client = new HttpClient();

        using var response = await client.PostAsync($"{receiver.ListenUrl}/webhooks/auth", Json("{}"));

        Assert.That(receiver.Inbox.WebhookUrl, Is.Null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(receiver.Inbox.Stray, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RunPreparedAsync_AwaitStepOnAWebhook_StartsTheReceiverAndMatchesOnThePayload()
    {
        var listen = TestProvider.DeadUrl();
        await using var provider = await AuthProvider.StartAsync();
        using var client = new HttpClient();
        provider.OnTrigger = async body =>
        {
            // Configured out of band with the receiver's fixed URL: no per-run address in the request.
            var url = $"{listen}/webhooks/auth";
            using var unrelated = await client.PostAsync(url, Json("""{"ref":"unrelated"}"""));
            using var matching = await client.PostAsync(url, Json(new JsonObject { ["ref"] = body?["ref"]?.DeepClone(), ["state"] = "done" }.ToJsonString()));
        };
        var spec = AuthSpec.Create();
        var document = ArazzoLoader.LoadText(EngineHarness.Flow("""
              - workflowId: hook
                steps:
                  - stepId: trigger
                    operationId: trigger
                    requestBody: {contentType: application/json, payload: {ref: r-123, hook: $inputs.webhookUrl}}
                    successCriteria: [{condition: $statusCode == 202}]
                  - stepId: changed
                    operationId: thingChanged
                    x-conformance-await-callback: {match: $request.body#/ref, equals: r-123, timeout: 10}
                    successCriteria: [{condition: "$request.body#/state == 'done'"}]
            """), "hook.arazzo.yaml", spec);
        Assert.That(document.Diagnostics, Is.Empty, string.Join("\n", document.Diagnostics));
        var request = new ApiRunRequest
        {
            ApiId = "auth",
            ProviderBaseUrl = provider.BaseUrl,
            SpecPath = "in-memory",
            IncludeGeneratedCases = false,
            ReachabilityAttempts = 1,
            CallbackReceiver = new CallbackReceiverOptions { ListenUrl = listen },
        };
        var preparation = new RunPreparation(spec, [document.Document!], [], []) { Credentials = ResolvedCredentials.Empty };

        var result = await new ConformanceRunner().RunPreparedAsync(request, preparation, new RecordingListener(), CancellationToken.None);

        var flow = result.Flows.Single();
        Assert.That(flow.Outcome, Is.EqualTo(Outcome.Passed), string.Join("\n", flow.Steps.SelectMany(s => s.Findings).Select(f => f.Message)));
        var inbound = flow.Steps.Single(s => s.StepId == "changed").Exchanges.Single();
        Assert.That(inbound.Direction, Is.EqualTo(ExchangeDirection.InboundCallback));
        Assert.That(inbound.Request.Body, Does.Contain("r-123"));
        Assert.That(provider.Received.Single(r => r.Path.EndsWith("/trigger", StringComparison.Ordinal)).Body, Is.EqualTo($$$"""{"ref":"r-123","hook":"{{{listen}}}/webhooks/auth"}"""));
    }

    [Test]
    public void Validate_WebhookStepWithoutAwait_IsAnError()
    {
        var result = ArazzoLoader.LoadText(EngineHarness.Flow("""
              - workflowId: hook
                steps:
                  - stepId: changed
                    operationId: thingChanged
            """), "hook.arazzo.yaml", AuthSpec.Create());

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("'thingChanged' is a webhook operation"));
    }

    [Test]
    public void FindInbound_WebhookAndCallback_AreToldApart()
    {
        var auth = AuthSpec.Create();

        Assert.That(SpecLookup.FindInbound(auth, "thingChanged"), Is.Not.Null.And.Property(nameof(InboundOperation.IsWebhook)).True);
        Assert.That(SpecLookup.FindInbound(TestSpec.Create(), "itemChangedCallback")!.Owner!.OperationId, Is.EqualTo("createItem"));
        Assert.That(SpecLookup.FindInbound(auth, "trigger"), Is.Null);
        Assert.That(SpecLookup.FindByPointer(auth, "/webhooks/thingChanged/post")!.OperationId, Is.EqualTo("thingChanged"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
