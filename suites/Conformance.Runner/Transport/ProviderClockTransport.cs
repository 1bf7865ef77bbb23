using Conformance.Runner.Auth;

namespace Conformance.Runner.Transport;

/// <summary>
/// Shows every answer to the <see cref="ProviderClock"/>, token exchanges included, so it follows
/// the provider's clock through a run (a flow may move it on).
/// </summary>
public sealed class ProviderClockTransport(IHttpTransport inner, ProviderClock clock) : IHttpTransport
{
    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        var result = await inner.SendAsync(request, cancellationToken);
        clock.Observe(result, clock.RunnerClock.GetUtcNow());
        return result;
    }
}
