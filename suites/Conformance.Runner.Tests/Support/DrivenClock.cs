using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> (starting 2026-01-01T00:00:00Z) that also counts its armed
/// timers, so a test can advance time exactly when the code under test waits on it
/// (<see cref="DriveAsync{T}"/>) instead of sleeping.
/// </summary>
public sealed class DrivenClock() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    private int armed;

    /// <summary>Timers created on this clock that are due to fire.</summary>
    public int PendingTimers => Volatile.Read(ref armed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Attach(base.CreateTimer(s => tracked.Fire(callback, s), state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        tracked.Change(dueTime, period);
        return tracked;
    }

    /// <summary>
    /// Advances by <paramref name="step"/> whenever at least <paramref name="timers"/> timers wait (and,
    /// when given, <paramref name="ready"/> holds: so real I/O in flight is not timed out), until the task ends.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> work, TimeSpan step, int timers = 2, Func<bool>? ready = null)
    {
        while (!work.IsCompleted)
        {
            if (PendingTimers >= timers && (ready is null || ready()))
            {
                Advance(step);
            }

            await Task.Yield();
        }

        return await work;
    }

    private sealed class TrackedTimer(DrivenClock clock) : ITimer
    {
        private readonly Lock gate = new();
        private ITimer? inner;
        private bool isArmed;
        private bool periodic;

        public void Attach(ITimer timer) => inner = timer;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (gate)
            {
                periodic = period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero;
                SetArmed(dueTime != Timeout.InfiniteTimeSpan);
            }

            return inner!.Change(dueTime, period);
        }

        public void Fire(TimerCallback callback, object? state)
        {
            lock (gate)
            {
                SetArmed(periodic && isArmed);
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (gate)
            {
                SetArmed(false);
            }

            inner!.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void SetArmed(bool value)
        {
            if (value != isArmed)
            {
                Interlocked.Add(ref clock.armed, value ? 1 : -1);
                isArmed = value;
            }
        }
    }
}
