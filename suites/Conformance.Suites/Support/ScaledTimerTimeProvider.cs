namespace Conformance.Suites.Support;

/// <summary>
/// Real wall-clock time, but every timer fires <see cref="Factor"/> times sooner: the runner's waits
/// (callback timeouts, polling intervals, the flow time limit) shrink while the timestamps it puts in
/// credentials stay true. Lets a test observe a 30 s callback timeout in a few seconds without sleeping.
/// </summary>
public sealed class ScaledTimerTimeProvider(double factor) : TimeProvider
{
    public double Factor { get; } = factor;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / Factor)));
}
