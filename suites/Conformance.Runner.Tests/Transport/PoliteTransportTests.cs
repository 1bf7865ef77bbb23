using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Transport;

public sealed class PoliteTransportTests
{
    private static readonly TransportRequest Request = new() { Method = "GET", Url = "http://provider.test/x/items?token=secret" };

    [Test]
    public async Task SendAsync_429WithRetryAfter_WaitsThenSendsAgainAndLogsIt()
    {
        var clock = new FakeTimeProvider();
        var answers = new Queue<TransportResult>([InMemoryTransport.Json(429, "{}", new KeyValuePair<string, string>("Retry-After", "3")), InMemoryTransport.Json(200, "{}")]);
        var inner = new InMemoryTransport(_ => answers.Dequeue());
        using var stop = new RunStop();
        using var polite = new PoliteTransport(inner, new PolitenessOptions(), clock, stop);

        var sending = polite.SendAsync(Request, CancellationToken.None);
        var waited = !sending.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(3));
        var result = await sending;

        Assert.Multiple(() =>
        {
            Assert.That(waited, Is.True);
            Assert.That(result.StatusCode, Is.EqualTo(200));
            Assert.That(inner.Requests, Has.Count.EqualTo(2));
            Assert.That(polite.Log.Throttled, Is.EqualTo(new[] { "GET /x/items: 429 with Retry-After 3.0 s, waited and sent again" }));
        });
    }

    [Test]
    public async Task SendAsync_RetryAfterLongerThanAllowed_ReturnsTheThrottlingAnswer()
    {
        var inner = new InMemoryTransport(_ => InMemoryTransport.Json(503, "{}", new KeyValuePair<string, string>("Retry-After", "3600")));
        using var stop = new RunStop();
        using var polite = new PoliteTransport(inner, new PolitenessOptions(), new FakeTimeProvider(), stop);

        var result = await polite.SendAsync(Request, CancellationToken.None);

        Assert.That((result.StatusCode, inner.Requests.Count), Is.EqualTo((503, 1)));
    }

    [Test]
    public async Task SendAsync_RunStopsDuringTheWait_ReturnsTheThrottlingAnswer()
    {
        var inner = new InMemoryTransport(_ => InMemoryTransport.Json(429, "{}", new KeyValuePair<string, string>("Retry-After", "30")));
        using var stop = new RunStop();
        using var polite = new PoliteTransport(inner, new PolitenessOptions(), new FakeTimeProvider(), stop);

        var sending = polite.SendAsync(Request, CancellationToken.None);
        stop.Trip(StopKind.BudgetExhausted, "budget");
        var result = await sending;

        Assert.That((result.StatusCode, inner.Requests.Count), Is.EqualTo((429, 1)));
    }

    [Test]
    public async Task SendAsync_RateLimit_SpacesStartsEvenly()
    {
        var clock = new FakeTimeProvider();
        var inner = new InMemoryTransport(_ => InMemoryTransport.Json(200, "{}"));
        using var stop = new RunStop();
        using var polite = new PoliteTransport(inner, new PolitenessOptions { MaxRequestsPerSecond = 2 }, clock, stop);

        var sends = Enumerable.Range(0, 3).Select(_ => polite.SendAsync(Request, CancellationToken.None)).ToList();
        var first = inner.Requests.Count;
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var second = inner.Requests.Count;
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await Task.WhenAll(sends);

        Assert.That((first, second, inner.Requests.Count), Is.EqualTo((1, 2, 3)));
    }

    [Test]
    public async Task SendAsync_SlowAnswer_IsLoggedWithItsDurationAndWithoutTheQuery()
    {
        var inner = new InMemoryTransport(_ => InMemoryTransport.Json(200, "{}") with { Elapsed = TimeSpan.FromSeconds(7.5) });
        using var stop = new RunStop();
        using var polite = new PoliteTransport(inner, new PolitenessOptions(), new FakeTimeProvider(), stop);

        await polite.SendAsync(Request, CancellationToken.None);

        Assert.That(polite.Log.SlowAnswers, Is.EqualTo(new[] { "GET /x/items: 7.5 s" }));
    }
}
