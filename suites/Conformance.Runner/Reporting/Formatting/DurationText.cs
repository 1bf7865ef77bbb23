using System.Globalization;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>Durations as people read them: milliseconds below one second, seconds (two decimals) above.</summary>
public static class DurationText
{
    public static string Format(TimeSpan duration) =>
        duration.TotalMilliseconds < 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.00} s");

    /// <summary>Seconds with three decimals, as JUnit's <c>time</c> attribute expects.</summary>
    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
