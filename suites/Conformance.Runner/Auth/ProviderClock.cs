using System.Globalization;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Auth;

/// <summary>
/// The provider's clock as its answers show it: the runner's clock plus the offset between the last
/// <c>Date</c> header the provider sent (RFC 9110 §6.6.1: when it originated the answer) and the
/// moment the runner received it. Tokens expire on the provider's clock, not the runner's, so the
/// token caches judge expiry here: a provider whose clock runs ahead (skewed, or advanced by a flow
/// through a test hook) gets a new token before it would refuse the cached one. Without any
/// <c>Date</c> header this is the runner's clock. The header has one-second resolution, well inside
/// <see cref="TokenCache.RefreshMargin"/>.
/// </summary>
public sealed class ProviderClock(TimeProvider runnerClock) : TimeProvider
{
    private long offsetTicks;

    /// <summary>The runner's own clock, which every offset is measured against.</summary>
    public TimeProvider RunnerClock => runnerClock;

    /// <summary>The current offset of the provider's clock from the runner's.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => runnerClock.GetUtcNow() + Offset;

    public override long GetTimestamp() => runnerClock.GetTimestamp();

    public override long TimestampFrequency => runnerClock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => runnerClock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        runnerClock.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// When a request sent at <paramref name="sentTimestamp"/> (<see cref="TimeProvider.GetTimestamp"/>)
    /// left, on <paramref name="clock"/> as it reads now: with a <see cref="ProviderClock"/>, by the
    /// offset its answer has just shown, which the offset at sending time may not have known yet.
    /// </summary>
    public static DateTimeOffset SentAt(TimeProvider clock, long sentTimestamp) =>
        clock.GetUtcNow() - clock.GetElapsedTime(sentTimestamp);

    /// <summary>Learns the offset from an answer's <c>Date</c> header, received at <paramref name="receivedAt"/> on the runner's clock.</summary>
    public void Observe(TransportResult result, DateTimeOffset receivedAt)
    {
        if (DateHeader(result) is { } date)
        {
            Interlocked.Exchange(ref offsetTicks, (date - receivedAt).Ticks);
        }
    }

    private static DateTimeOffset? DateHeader(TransportResult result)
    {
        foreach (var (name, value) in result.Headers)
        {
            if (string.Equals(name, "Date", StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
