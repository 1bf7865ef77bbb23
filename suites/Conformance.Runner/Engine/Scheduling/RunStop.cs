namespace Conformance.Runner.Engine.Scheduling;

/// <summary>
/// Why a run stops early, shared by everything one run sends: the run's time budget ran out
/// (<c>--max-duration</c>) or the provider stopped answering. The first reason wins; once stopped,
/// nothing new is started or sent and what has not run is reported as not run with <see cref="Reason"/>.
/// </summary>
public sealed class RunStop : IDisposable
{
    private readonly CancellationTokenSource stopped = new();
    private readonly CancellationTokenSource? budget;
    private readonly CancellationTokenRegistration budgetRegistration;
    private readonly Lock gate = new();

    /// <summary>A stop that comes only when asked (<see cref="Trip"/>).</summary>
    public RunStop()
    {
    }

    /// <summary>A stop that also comes when <paramref name="maxDuration"/> has passed on <paramref name="timeProvider"/>.</summary>
    public RunStop(TimeSpan maxDuration, TimeProvider timeProvider)
    {
        MaxDuration = maxDuration;
        budget = new CancellationTokenSource(maxDuration, timeProvider);
        budgetRegistration = budget.Token.Register(() => Trip(StopKind.BudgetExhausted, $"the run's time budget of {DurationText(maxDuration)} ran out (--max-duration)"));
    }

    /// <summary>
    /// A stop of one part of a run (one API): it stops with <paramref name="parent"/>, and may stop
    /// alone (its provider stopped answering) without stopping the rest.
    /// </summary>
    public RunStop(RunStop parent)
    {
        MaxDuration = parent.MaxDuration;
        budgetRegistration = parent.Token.Register(() => Trip(parent.Kind, parent.Reason ?? "the run stopped"));
    }

    /// <summary>The whole run's budget; null when it has none.</summary>
    public TimeSpan? MaxDuration { get; }

    /// <summary>Cancelled when the run stops: waits and requests in progress end early.</summary>
    public CancellationToken Token => stopped.Token;

    public bool IsStopped => stopped.IsCancellationRequested;

    public StopKind Kind { get; private set; }

    /// <summary>Why the run stopped (null while it goes on).</summary>
    public string? Reason { get; private set; }

    /// <summary>What is reported for everything not run because the run stopped (null while it goes on).</summary>
    public string? NotRunReason => Reason is null ? null : $"not run: {Reason}";

    /// <summary>Stops the run for <paramref name="reason"/> unless it stopped already.</summary>
    public void Trip(StopKind kind, string reason)
    {
        lock (gate)
        {
            if (Reason is not null)
            {
                return;
            }

            Kind = kind;
            Reason = reason;
        }

        stopped.Cancel();
    }

    public void Dispose()
    {
        budgetRegistration.Dispose();
        budget?.Dispose();
        stopped.Dispose();
    }

    private static string DurationText(TimeSpan duration) => duration.TotalMinutes >= 1
        ? $"{duration.TotalMinutes.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} min"
        : $"{duration.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s";
}
