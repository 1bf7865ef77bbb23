using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumCallbackTests : FinumTestBase
{
    private CallbackReceiver receiver = null!;

    [SetUp]
    public async Task StartReceiverAsync() => receiver = await CallbackReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await receiver.DisposeAsync();

    [Test]
    public async Task Callback_StatusChanges_PostsIdStatusAndChangedAtOnce()
    {
        var id = (await CreateProposalAsync(receiver.Url.ToString()))["id"]!.GetValue<string>();

        await AdvanceAsync(2);
        var contract = await ContractAsync(id);
        var received = receiver.Received.ToList();
        var body = JsonNode.Parse(received.Single().Body)!;

        Assert.That(received.Single().ContentType, Does.StartWith("application/json"));
        Assert.That(body["id"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(body["status"]!.GetValue<int>(), Is.EqualTo(130));
        Assert.That(body["changedAt"]!.GetValue<string>(), Is.EqualTo(contract["updatedAt"]!.GetValue<string>()));
        if (SpecResponseAssert.IsAvailable("finum"))
        {
            Assert.That(SpecResponseAssert.CallbackViolations("finum", "createContract", "contractStatusChanged", received.Single().Body), Is.Empty);
        }
    }

    [Test]
    public async Task Callback_OneShot_NotSentForLaterChanges()
    {
        var id = (await CreateProposalAsync(receiver.Url.ToString()))["id"]!.GetValue<string>();
        await AdvanceAsync(2);

        using var order = await PatchJsonAsync("contract", new { id, status = 230 });
        await AdvanceAsync(2);

        Assert.That(receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Callback_RegisteredOnPatch_FiresOnTheNextProviderChange()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();
        await AdvanceAsync(2);

        using var order = await PatchJsonAsync("contract", new { id, status = 230, callbackUrl = receiver.Url.ToString() });
        await AdvanceAsync(2);

        Assert.That(JsonNode.Parse(receiver.Received.Single().Body)!["status"]!.GetValue<int>(), Is.EqualTo(320));
    }

    [Test]
    public async Task Callback_ReceiverFailsTwice_RetriedWithBackoffUntilDelivered()
    {
        receiver.FailuresBeforeSuccess = 2;
        await CreateProposalAsync(receiver.Url.ToString());

        await AdvanceAsync(2);
        var afterFirst = receiver.Received.Count;
        await AdvanceAsync(1);
        var afterSecond = receiver.Received.Count;
        await AdvanceAsync(2);
        var delivery = (await AdminAsync("callbacks"))["deliveries"]!.AsArray().Single()!;

        Assert.That(afterFirst, Is.EqualTo(1));
        Assert.That(afterSecond, Is.EqualTo(2));
        Assert.That(receiver.Received.Select(r => r.Answer), Is.EqualTo(new[] { 503, 503, 204 }));
        Assert.That(delivery["state"]!.GetValue<string>(), Is.EqualTo("delivered"));
        Assert.That(delivery["attempts"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Callback_ReceiverAlwaysFails_GivesUpAfterFiveAttempts()
    {
        receiver.FailuresBeforeSuccess = int.MaxValue;
        await CreateProposalAsync(receiver.Url.ToString());

        await AdvanceAsync(60);
        var delivery = (await AdminAsync("callbacks"))["deliveries"]!.AsArray().Single()!;
        var times = delivery["attempts"]!.AsArray().Select(a => a!["at"]!.GetValue<DateTimeOffset>()).ToList();

        Assert.That(receiver.Received, Has.Count.EqualTo(5));
        Assert.That(delivery["state"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds), Is.EqualTo(new[] { 1.0, 2.0, 4.0, 8.0 }));
    }

    [Test]
    public async Task Callback_ReceiverDown_RecordsFailedAttempts()
    {
        var deadUrl = receiver.Url;
        await receiver.DisposeAsync();
        receiver = await CallbackReceiver.StartAsync();
        await CreateProposalAsync(deadUrl.ToString());

        await AdvanceAsync(2);
        var attempt = (await AdminAsync("callbacks"))["deliveries"]!.AsArray().Single()!["attempts"]!.AsArray()[0]!;

        Assert.That(attempt["status"], Is.Null);
        Assert.That(attempt["error"]!.GetValue<string>(), Is.Not.Empty);
    }

    private async Task<JsonNode> AdminAsync(string path) =>
        JsonNode.Parse(await Client.GetStringAsync(new Uri("/__admin/" + path, UriKind.Relative)))!;
}
