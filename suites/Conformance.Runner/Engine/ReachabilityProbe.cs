using Conformance.Runner.Transport;

namespace Conformance.Runner.Engine;

/// <summary>
/// Decides whether a provider can be reached at all: a GET of the base URL, repeated up to the
/// given number of attempts 250 ms apart. Only refused connections and unknown host names count as
/// unreachable; any HTTP answer (even 404) or a timeout means something is listening.
/// </summary>
public static class ReachabilityProbe
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>Null when reachable; otherwise why not.</summary>
    public static async Task<string?> ProbeAsync(IHttpTransport transport, string baseUrl, int attempts, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        string? last = null;
        for (var i = 0; i < Math.Max(1, attempts); i++)
        {
            if (i > 0)
            {
                await Task.Delay(Pause, timeProvider, cancellationToken);
            }

            var result = await transport.SendAsync(new TransportRequest { Method = "GET", Url = baseUrl, Timeout = timeout }, cancellationToken);
            if (result.Error is not (TransportErrorKind.ConnectionRefused or TransportErrorKind.NameResolution))
            {
                return null;
            }

            last = result.ErrorMessage;
        }

        return $"{baseUrl} could not be reached after {Math.Max(1, attempts)} attempt(s): {last}";
    }
}
