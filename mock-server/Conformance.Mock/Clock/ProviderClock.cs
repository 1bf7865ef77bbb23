namespace Conformance.Mock.Clock;

/// <summary>
/// The provider's notion of "now": a base clock (real time by default) plus an offset that only
/// grows. Lifecycle delays, callback backoff, token expiry and the change log all read this clock, so
/// advancing it drives everything without waiting. Timers and timestamps stay on the base clock: they
/// pace the background scheduler, not the simulated world.
/// </summary>
public sealed class ProviderClock(TimeProvider? baseProvider = null) : TimeProvider
{
    private readonly TimeProvider baseProvider = baseProvider ?? System;
    private long offsetTicks;

    /// <summary>How far the provider's time runs ahead of the base clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public TimeProvider BaseProvider => baseProvider;

    public override DateTimeOffset GetUtcNow() => baseProvider.GetUtcNow() + Offset;

    public override long GetTimestamp() => baseProvider.GetTimestamp();

    public override long TimestampFrequency => baseProvider.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        baseProvider.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves time forward. Time never goes back: a negative span is a caller bug.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }

    /// <summary>"Now" truncated to whole milliseconds, the precision every timestamp is served with.</summary>
    public DateTimeOffset NowMilliseconds()
    {
        var now = GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
