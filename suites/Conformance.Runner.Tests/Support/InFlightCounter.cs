using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A transport answering every request with <paramref name="answer"/> after yielding, so requests
/// of workflows run side by side can overlap; counts how many were in flight at most.
/// </summary>
public sealed class InFlightCounter(Func<TransportRequest, TransportResult> answer) : IHttpTransport
{
    private int inFlight;
    private int maxInFlight;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
            // Another request raised the maximum first: compare again.
        }

        try
        {
            await Task.Yield();
            return answer(request);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}
