using System.Globalization;
using Conformance.Runner.Engine.Scheduling;

namespace Conformance.Runner.Transport;

/// <summary>
/// Keeps a run within a provider's limits: at most <see cref="PolitenessOptions.MaxInFlight"/>
/// requests waiting for an answer and <see cref="PolitenessOptions.MaxRequestsPerSecond"/> started
/// per second (paced evenly on the injected clock); a 429 or 503 with <c>Retry-After</c> (seconds
/// or an HTTP date) is waited for and the request sent again, within the run's budget. Slow answers
/// and honoured waits go to <see cref="Log"/>.
/// </summary>
public sealed class PoliteTransport(IHttpTransport inner, PolitenessOptions options, TimeProvider timeProvider, RunStop stop) : IHttpTransport, IDisposable
{
    private readonly SemaphoreSlim? inFlight = options.MaxInFlight is { } max ? new SemaphoreSlim(max) : null;
    private readonly Lock gate = new();
    private long nextStart;

    public PaceLog Log { get; } = new();

    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await SendOnceAsync(request, cancellationToken);
            if (result.Elapsed >= options.SlowAnswer)
            {
                Log.Slow($"{request.Method} {PathOf(request.Url)}: {Seconds(result.Elapsed)}");
            }

            if (attempt >= options.MaxRetries || result.StatusCode is not (429 or 503) || RetryAfter(result) is not { } wait || wait > options.MaxRetryAfter)
            {
                return result;
            }

            Log.Throttle($"{request.Method} {PathOf(request.Url)}: {result.StatusCode} with Retry-After {Seconds(wait)}, waited and sent again");
            try
            {
                await Task.Delay(wait, timeProvider, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsStopped && !cancellationToken.IsCancellationRequested)
            {
                return result;
            }
        }
    }

    public void Dispose() => inFlight?.Dispose();

    private async Task<TransportResult> SendOnceAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        await PaceAsync(cancellationToken);
        if (inFlight is not null)
        {
            await inFlight.WaitAsync(cancellationToken);
        }

        try
        {
            return await inner.SendAsync(request, cancellationToken);
        }
        finally
        {
            inFlight?.Release();
        }
    }

    /// <summary>Waits for this request's start slot: starts are spaced 1/rate apart.</summary>
    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        if (options.MaxRequestsPerSecond is not { } rate || rate <= 0)
        {
            return;
        }

        var interval = (long)(timeProvider.TimestampFrequency / rate);
        long start;
        var now = timeProvider.GetTimestamp();
        lock (gate)
        {
            start = Math.Max(now, nextStart);
            nextStart = start + interval;
        }

        if (start > now)
        {
            await Task.Delay(timeProvider.GetElapsedTime(now, start), timeProvider, cancellationToken);
        }
    }

    private TimeSpan? RetryAfter(TransportResult result)
    {
        var value = result.Headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - timeProvider.GetUtcNow()).Ticks))
            : null;
    }

    private static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?')[0];

    private static string Seconds(TimeSpan duration) => $"{duration.TotalSeconds.ToString("0.0#", CultureInfo.InvariantCulture)} s";
}
