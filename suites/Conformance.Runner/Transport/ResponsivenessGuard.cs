using Conformance.Runner.Engine.Scheduling;

namespace Conformance.Runner.Transport;

/// <summary>
/// Notices a provider that stopped answering: after <paramref name="maxConsecutiveTimeouts"/>
/// transport time-outs in a row (any HTTP answer starts the count again, so one slow answer does
/// not cut a provider off) it stops the run. Once the run has stopped, for whatever reason, requests
/// are not sent and requests in flight end at once; both come back as transport errors naming the reason.
/// </summary>
public sealed class ResponsivenessGuard(IHttpTransport inner, RunStop stop, int maxConsecutiveTimeouts) : IHttpTransport
{
    private int consecutiveTimeouts;

    /// <summary>Time-outs in a row so far.</summary>
    public int ConsecutiveTimeouts => Volatile.Read(ref consecutiveTimeouts);

    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        if (stop.IsStopped)
        {
            return NotSent();
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
        TransportResult result;
        try
        {
            result = await inner.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (stop.IsStopped && !cancellationToken.IsCancellationRequested)
        {
            return NotSent();
        }

        if (result.StatusCode is not null)
        {
            Interlocked.Exchange(ref consecutiveTimeouts, 0);
        }
        else if (result.Error == TransportErrorKind.Timeout && Interlocked.Increment(ref consecutiveTimeouts) >= maxConsecutiveTimeouts)
        {
            stop.Trip(StopKind.ProviderStoppedAnswering, $"provider stopped answering: {maxConsecutiveTimeouts} requests in a row timed out");
        }

        return result;
    }

    private TransportResult NotSent() =>
        TransportResult.Failure(TransportErrorKind.Other, $"not sent: the run stopped ({stop.Reason})", TimeSpan.Zero);
}
