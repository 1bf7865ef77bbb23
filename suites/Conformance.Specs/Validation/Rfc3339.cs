namespace Conformance.Specs.Validation;

/// <summary>
/// Allocation-free checks of RFC 3339 §5.6 <c>full-date</c>, <c>full-time</c> and <c>date-time</c>
/// (validation runs for every date of every response, so it avoids regular expressions and
/// culture-aware parsing). The offset is required; a leap second (<c>:60</c>) is accepted only where
/// one can occur, at 23:59 UTC.
/// </summary>
internal static class Rfc3339
{
    /// <summary><c>yyyy-MM-dd</c> naming a real calendar day.</summary>
    public static bool IsFullDate(ReadOnlySpan<char> text) =>
        text.Length == 10 && TryDate(text);

    /// <summary><c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c>; <c>t</c>/<c>z</c> in lower case are allowed too.</summary>
    public static bool IsDateTime(ReadOnlySpan<char> text) =>
        text.Length >= 20 && TryDate(text[..10]) && text[10] is 'T' or 't' && IsFullTime(text[11..]);

    /// <summary><c>HH:mm:ss[.fraction](Z|±hh:mm)</c>.</summary>
    public static bool IsFullTime(ReadOnlySpan<char> text)
    {
        if (text.Length < 9 || !Two(text, 0, 23, out var hour) || text[2] != ':' || !Two(text, 3, 59, out var minute)
            || text[5] != ':' || !Two(text, 6, 60, out var second))
        {
            return false;
        }

        var i = 8;
        if (text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        var offset = text[i..];
        int offsetMinutes;
        if (offset is "Z" or "z")
        {
            offsetMinutes = 0;
        }
        else if (offset.Length == 6 && offset[0] is '+' or '-' && Two(offset, 1, 23, out var offsetHour) && offset[3] == ':' && Two(offset, 4, 59, out var offsetMinute))
        {
            offsetMinutes = (offset[0] == '-' ? -1 : 1) * ((offsetHour * 60) + offsetMinute);
        }
        else
        {
            return false;
        }

        if (second < 60)
        {
            return true;
        }

        var utc = ((((hour * 60) + minute - offsetMinutes) % 1440) + 1440) % 1440;
        return utc == (23 * 60) + 59;
    }

    private static bool TryDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month)
            || !Digits(text.Slice(8, 2), out var day) || month is < 1 or > 12 || year < 1)
        {
            return false;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool Two(ReadOnlySpan<char> text, int at, int max, out int value) =>
        Digits(text.Slice(at, 2), out value) && value <= max;

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
