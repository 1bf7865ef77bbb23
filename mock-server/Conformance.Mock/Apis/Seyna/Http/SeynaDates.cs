using System.Globalization;
using Conformance.Mock.Text;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// Seyna's dates: a bare <c>YYYY-MM-DD</c> is midnight UTC; a date-time must carry an offset; both are
/// kept as UTC instants truncated to milliseconds and written back as <c>2019-01-01T00:00:00.000Z</c>.
/// </summary>
public static class SeynaDates
{
    /// <summary>Members holding such dates (not <c>birthday</c>, a calendar date).</summary>
    public static readonly IReadOnlySet<string> Members = new HashSet<string>(StringComparer.Ordinal)
    {
        "timestamp", "subscription_date", "issuance_date", "start_cover_date", "end_cover_date", "cancel_date",
        "due_date", "payment_date", "occurence_date", "notification_date",
    };

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (DateTimeText.IsDate(text))
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return false;
            }

            instant = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (!DateTimeText.IsRfc3339(text) || !DateTimeOffset.TryParse(AtMostSevenDigits(text), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        var utc = parsed.ToUniversalTime();
        instant = new DateTimeOffset(utc.UtcTicks - (utc.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return true;
    }

    /// <summary>RFC 3339 allows any number of fraction digits; .NET parses seven at most, and only milliseconds are kept.</summary>
    private static string AtMostSevenDigits(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return text;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - dot - 1 <= 7 ? text : string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
    }

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
