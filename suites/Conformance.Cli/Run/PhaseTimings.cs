using System.Diagnostics;
using System.Globalization;

namespace Conformance.Cli.Run;

/// <summary>
/// Where the time of one <c>conformance run</c> goes: phases measured on the monotonic clock
/// (<see cref="Stopwatch"/>; elapsed wall time, so no <see cref="TimeProvider"/> is involved),
/// written to standard error at the end when asked for (<c>--timings</c>, or
/// <c>CONFORMANCE_TIMINGS=1</c>). Starts are counted from the process start, so phases that overlap
/// (the contract loading while the embedded provider starts) show as such. Thread-safe.
/// </summary>
public sealed class PhaseTimings
{
    public const string EnvironmentVariable = "CONFORMANCE_TIMINGS";

    private readonly long origin;
    private readonly TimeSpan originOffset;
    private readonly List<TimedPhase> phases = [];
    private readonly Lock gate = new();

    /// <param name="runtimeStart">Time from the process start to this instance (the runtime start), when known.</param>
    /// <param name="enabled">Whether <see cref="WriteTo"/> writes anything.</param>
    public PhaseTimings(TimeSpan? runtimeStart = null, bool enabled = false)
    {
        origin = Stopwatch.GetTimestamp();
        originOffset = runtimeStart ?? TimeSpan.Zero;
        Enabled = enabled;
        if (runtimeStart is { } start)
        {
            phases.Add(new TimedPhase("runtime start (process start to Main)", TimeSpan.Zero, start));
        }
    }

    /// <summary>Whether the phases are written at the end; <c>--timings</c> turns it on after parsing.</summary>
    public bool Enabled { get; set; }

    /// <summary>The phases measured so far, by start.</summary>
    public IReadOnlyList<TimedPhase> Phases
    {
        get
        {
            lock (gate)
            {
                return [.. phases.OrderBy(p => p.Start)];
            }
        }
    }

    /// <summary>Created first thing in <c>Main</c>: the runtime start is the process's age then.</summary>
    public static PhaseTimings AtProcessEntry() =>
        new(ProcessAge(), IsOn(Environment.GetEnvironmentVariable(EnvironmentVariable)));

    /// <summary>Whether the environment variable's value asks for timings (<c>1</c> or <c>true</c>).</summary>
    public static bool IsOn(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>When the instance was created, counted from the process start (the runtime start, or zero when unknown).</summary>
    public TimeSpan Created => originOffset;

    /// <summary>Time since the instance was created plus the runtime start: the process's age.</summary>
    public TimeSpan Now => originOffset + Stopwatch.GetElapsedTime(origin);

    /// <summary>Records a phase that began at <paramref name="start"/> (a value of <see cref="Now"/>) and ends now.</summary>
    public void EndPhase(string name, TimeSpan start) => Add(name, start, Now - start);

    /// <summary>Records a phase measured elsewhere: it began at <paramref name="start"/> (a value of <see cref="Now"/>).</summary>
    public void Add(string name, TimeSpan start, TimeSpan duration)
    {
        lock (gate)
        {
            phases.Add(new TimedPhase(name, start, duration));
        }
    }

    public T Measure<T>(string name, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var start = Now;
        try
        {
            return action();
        }
        finally
        {
            EndPhase(name, start);
        }
    }

    public async Task<T> MeasureAsync<T>(string name, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var start = Now;
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            EndPhase(name, start);
        }
    }

    /// <summary>Writes the table of phases and the total (the process's age now), when <see cref="Enabled"/>.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Enabled)
        {
            return;
        }

        var all = Phases;
        var width = Math.Max(5, all.Count == 0 ? 0 : all.Max(p => p.Name.Length));
        writer.WriteLine("timings (ms; start counted from the process start, overlapping phases ran side by side):");
        writer.WriteLine($"  {"phase".PadRight(width)}  {"start",8}  {"duration",8}");
        foreach (var phase in all)
        {
            writer.WriteLine($"  {phase.Name.PadRight(width)}  {Milliseconds(phase.Start),8}  {Milliseconds(phase.Duration),8}");
        }

        writer.WriteLine($"  {"total".PadRight(width)}  {string.Empty,8}  {Milliseconds(Now),8}");
    }

    private static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);

    /// <summary>The process's age, or null where the platform does not tell its start time.</summary>
    private static TimeSpan? ProcessAge()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            var age = TimeProvider.System.GetUtcNow() - new DateTimeOffset(process.StartTime.ToUniversalTime());
            return age > TimeSpan.Zero ? age : null;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
