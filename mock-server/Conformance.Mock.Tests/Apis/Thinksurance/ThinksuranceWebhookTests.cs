using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceWebhookTests : ThinksuranceTestBase
{
    private static IReadOnlyList<string> Violations(string body)
    {
        var spec = SpecResponseAssert.Spec("thinksurance");
        var schema = spec.Webhooks.Single(w => w.Name == "inquiryNotification").Operations[0].RequestBody!.Content["application/json"].Schema!;
        return [.. spec.Validator.Validate(schema, body).Findings.Select(f => f.ToString() ?? string.Empty)];
    }

    private async Task<JsonArray> DeliveriesAsync()
    {
        using var response = await Client.GetAsync(new Uri("/__admin/callbacks", UriKind.Relative));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["deliveries"]!.AsArray();
    }

    private async Task<long> RegisterAndCreateAsync(CallbackReceiver receiver)
    {
        await AdminAsync(HttpMethod.Put, "webhook-target", new JsonObject { ["url"] = receiver.Url.AbsoluteUri });
        var created = await AdminAsync(HttpMethod.Post, "inquiries", new JsonObject { ["bExternalId"] = "B003" });
        Assert.That(created["webhookQueued"]!.GetValue<bool>(), Is.True, created.ToJsonString());
        return created["iId"]!.GetValue<long>();
    }

    [Test]
    public async Task Lifecycle_EachStep_SendsItsEventValidAgainstTheContract()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var id = await RegisterAndCreateAsync(receiver);

        for (var step = 0; step < 3; step++)
        {
            await AdminAsync(HttpMethod.Post, $"inquiries/{id}/advance");
        }

        var ordered = await AdminAsync(HttpMethod.Post, $"inquiries/{id}/advance");
        await AdvanceAsync(0);
        var bodies = receiver.Received.Select(r => JsonNode.Parse(r.Body)!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(bodies.Select(b => b["eventType"]!.GetValue<string>()), Is.EqualTo(new[] { "InquiryCreated", "InquiryUpdated", "InquiryProposalCreated", "InquiryOrdered" }));
            Assert.That(bodies.Select(b => b["eventId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(4));
            Assert.That(bodies.Select(b => b["brokerReference"]!.GetValue<string>()), Is.All.EqualTo("B003"));
            Assert.That(receiver.Received.SelectMany(r => Violations(r.Body)), Is.Empty);
            Assert.That(ordered["error"]!.GetValue<string>(), Is.EqualTo("Inquiry is ordered and moves on no further."));
        });
    }

    [Test]
    public async Task Delivery_RefusedOnce_RetriedWithTheSameEventId()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.FailuresBeforeSuccess = 1;
        await RegisterAndCreateAsync(receiver);

        await AdvanceAsync(1);
        var attempts = receiver.Received.Select(r => JsonNode.Parse(r.Body)!["eventId"]!.GetValue<string>()).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That(attempts, Has.Count.EqualTo(2));
            Assert.That(attempts.Distinct().Count(), Is.EqualTo(1));
            Assert.That((await DeliveriesAsync())[0]!["state"]!.GetValue<string>(), Is.EqualTo("delivered"));
        });
    }

    [Test]
    public async Task Delivery_AlwaysRefused_StopsAfterThreeAttempts()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.FailuresBeforeSuccess = 100;
        await RegisterAndCreateAsync(receiver);

        await AdvanceAsync(1);
        await AdvanceAsync(2);
        await AdvanceAsync(60);
        var delivery = (await DeliveriesAsync())[0]!;

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Received, Has.Count.EqualTo(3));
            Assert.That(delivery["state"]!.GetValue<string>(), Is.EqualTo("failed"));
        });
    }

    [Test]
    public async Task Delivery_Answered200_IsNoDeliveryAndRetried()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.SuccessStatus = 200;
        await RegisterAndCreateAsync(receiver);

        await AdvanceAsync(1);

        Assert.That(receiver.Received, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Register_TargetOffTheAllowList_RefusedAndNothingSent()
    {
        var refused = await AdminAsync(HttpMethod.Put, "webhook-target", new JsonObject { ["url"] = "http://partner.example/hook" });
        var created = await AdminAsync(HttpMethod.Post, "inquiries", new JsonObject { ["bExternalId"] = "B001" });

        Assert.Multiple(() =>
        {
            Assert.That(refused["error"]!.GetValue<string>(), Is.EqualTo("Webhook target not allowed: partner.example"));
            Assert.That(created["webhookQueued"]!.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public async Task CreatedInquiry_IsReadableThroughTheApiLinkOfItsEvent()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var id = await RegisterAndCreateAsync(receiver);
        await AdvanceAsync(0);
        var href = JsonNode.Parse(receiver.Received.Single().Body)!["affected"]![0]!["links"]![0]!["href"]!.GetValue<string>();

        var read = await PostAsync(new Uri(href).AbsolutePath.Replace("/thinksurance/", string.Empty, StringComparison.Ordinal), new JsonObject { ["token"] = Token, ["aToken"] = AccountToken });

        Assert.That(read[id.ToString(System.Globalization.CultureInfo.InvariantCulture)]!["data"]!["status"]!.GetValue<int>(), Is.EqualTo(2));
    }
}
