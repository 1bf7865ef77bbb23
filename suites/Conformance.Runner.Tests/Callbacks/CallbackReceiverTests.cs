using System.Net;
using System.Text;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Expressions;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Callbacks;

public sealed class CallbackReceiverTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Test]
    public async Task WaitAsync_CallbackArrivesWhileWaiting_MatchesAndAnswersRespondWith()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions(), TimeProvider.System, CancellationToken.None);
        var url = receiver.Inbox.Open("run1");
        using var client = new HttpClient();

        var waiting = receiver.Inbox.WaitAsync("run1", c => JsonValues.ToText(c.View.Body?["id"]) == "C1", 202, Wait, CancellationToken.None);
        using var response = await client.PostAsync(url, new StringContent("""{"id":"C1","status":130}""", Encoding.UTF8, "application/json"));
        var callback = await waiting;

        Assert.That(url, Does.StartWith("http://127.0.0.1:").And.Contain("/callbacks/run1/"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(callback!.View.Body!["status"]!.GetValue<int>(), Is.EqualTo(130));
        Assert.That(callback.Record.Response!.StatusCode, Is.EqualTo(202));
        Assert.That(callback.Record.Direction, Is.EqualTo(Results.ExchangeDirection.InboundCallback));
    }

    [Test]
    public async Task WaitAsync_CallbackArrivedEarlier_IsTakenFromQueue()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions(), TimeProvider.System, CancellationToken.None);
        var url = receiver.Inbox.Open("run2");
        using var client = new HttpClient();
        using var first = await client.PostAsync(url, new StringContent("""{"id":"other"}""", Encoding.UTF8, "application/json"));
        using var second = await client.PostAsync(url + "?x=1", new StringContent("""{"id":"C2"}""", Encoding.UTF8, "application/json"));

        var callback = await receiver.Inbox.WaitAsync("run2", c => JsonValues.ToText(c.View.Body?["id"]) == "C2", 204, Wait, CancellationToken.None);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(callback!.View.Query["x"], Is.EqualTo("1"));
        Assert.That(receiver.Inbox.Unclaimed("run2"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Deliver_WrongTokenOrPath_Answers404AndRecordsStray()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions(), TimeProvider.System, CancellationToken.None);
        receiver.Inbox.Open("run3");
        using var client = new HttpClient();

        using var wrongToken = await client.PostAsync($"{receiver.ListenUrl}/callbacks/run3/nottoken", new StringContent("{}"));
        using var elsewhere = await client.GetAsync($"{receiver.ListenUrl}/somewhere");

        Assert.That(wrongToken.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(receiver.Inbox.Stray, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Deliver_MalformedJson_IsQueuedWithParseError()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions(), TimeProvider.System, CancellationToken.None);
        var url = receiver.Inbox.Open("run4");
        using var client = new HttpClient();

        using var response = await client.PostAsync(url, new StringContent("{not json", Encoding.UTF8, "application/json"));

        var queued = receiver.Inbox.Unclaimed("run4").Single();
        Assert.That(queued.ParseError, Is.Not.Null);
        Assert.That(queued.View.BodyText, Is.EqualTo("{not json"));
    }

    [Test]
    public async Task Open_PublicBaseUrl_IsHandedOut()
    {
        await using var receiver = await CallbackReceiver.StartAsync(new CallbackReceiverOptions { PublicBaseUrl = "https://runner.example.org/base/" }, TimeProvider.System, CancellationToken.None);

        var url = receiver.Inbox.Open("r");

        Assert.That(url, Does.StartWith("https://runner.example.org/base/callbacks/r/"));
    }

    [Test]
    public async Task WaitAsync_NothingArrives_ReturnsNullWhenClockPassesTimeout()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var inbox = new CallbackInbox("http://127.0.0.1:1", clock);
        inbox.Open("r");

        var waiting = inbox.WaitAsync("r", _ => true, 204, TimeSpan.FromSeconds(30), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(29));
        var stillWaiting = waiting.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.That(stillWaiting, Is.False);
        Assert.That(await waiting, Is.Null);
    }
}
