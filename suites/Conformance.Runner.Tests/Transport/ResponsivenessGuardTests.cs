using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Transport;

public sealed class ResponsivenessGuardTests
{
    private static readonly TransportRequest Request = new() { Method = "GET", Url = "http://provider.test/x" };

    [Test]
    public async Task SendAsync_TimeoutsInARowReachTheLimit_StopsTheRunAndSendsNoMore()
    {
        var answers = new Queue<TransportResult>([Timeout(), Timeout(), Timeout(), Answer()]);
        var inner = new InMemoryTransport(_ => answers.Dequeue());
        using var stop = new RunStop();
        var guard = new ResponsivenessGuard(inner, stop, 3);

        for (var i = 0; i < 3; i++)
        {
            await guard.SendAsync(Request, CancellationToken.None);
        }

        var after = await guard.SendAsync(Request, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stop.Kind, Is.EqualTo(StopKind.ProviderStoppedAnswering));
            Assert.That(stop.Reason, Is.EqualTo("provider stopped answering: 3 requests in a row timed out"));
            Assert.That(inner.Requests, Has.Count.EqualTo(3));
            Assert.That(after.StatusCode, Is.Null);
            Assert.That(after.ErrorMessage, Does.Contain("not sent: the run stopped (provider stopped answering"));
        });
    }

    [Test]
    public async Task SendAsync_OneSlowAnswerBetweenAnswers_ProviderIsNotCutOff()
    {
        var answers = new Queue<TransportResult>([Timeout(), Timeout(), Answer(), Timeout(), Timeout(), Answer()]);
        var inner = new InMemoryTransport(_ => answers.Dequeue());
        using var stop = new RunStop();
        var guard = new ResponsivenessGuard(inner, stop, 3);

        for (var i = 0; i < 6; i++)
        {
            await guard.SendAsync(Request, CancellationToken.None);
        }

        Assert.Multiple(() =>
        {
            Assert.That(stop.IsStopped, Is.False);
            Assert.That(inner.Requests, Has.Count.EqualTo(6));
            Assert.That(guard.ConsecutiveTimeouts, Is.Zero);
        });
    }

    [Test]
    public async Task SendAsync_RefusedConnections_DoNotCountAsTimeouts()
    {
        var inner = new InMemoryTransport(_ => TransportResult.Failure(TransportErrorKind.ConnectionRefused, "refused", TimeSpan.Zero));
        using var stop = new RunStop();
        var guard = new ResponsivenessGuard(inner, stop, 1);

        await guard.SendAsync(Request, CancellationToken.None);

        Assert.That(stop.IsStopped, Is.False);
    }

    private static TransportResult Timeout() => TransportResult.Failure(TransportErrorKind.Timeout, "timed out", TimeSpan.FromSeconds(10));

    private static TransportResult Answer() => InMemoryTransport.Json(200, "{}");
}
