using System.Globalization;

namespace Conformance.Mock.Text;

/// <summary>
/// Durations on the command line: a number with an optional unit, <c>ms</c>, <c>s</c>, <c>m</c> or
/// <c>h</c> (<c>300ms</c>, <c>5s</c>, <c>1.5m</c>); a bare number is seconds, as the older flags took it.
/// Negative values and values of 10⁷ s or more are refused.
/// </summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var (number, scale) = trimmed switch
        {
            _ when trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (trimmed[..^2], 0.001),
            _ when trimmed.EndsWith('s') || trimmed.EndsWith('S') => (trimmed[..^1], 1.0),
            _ when trimmed.EndsWith('m') || trimmed.EndsWith('M') => (trimmed[..^1], 60.0),
            _ when trimmed.EndsWith('h') || trimmed.EndsWith('H') => (trimmed[..^1], 3600.0),
            _ => (trimmed, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        var seconds = value * scale;
        if (seconds < 0 || seconds >= 1e7)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>For <see cref="Apis.ModuleOption.Validate"/>: null when <paramref name="text"/> is a duration.</summary>
    public static string? Check(string text) =>
        TryParse(text, out _) ? null : $"expects a duration (e.g. 5, 5s, 300ms, 2m; not negative), got '{text}'.";
}
