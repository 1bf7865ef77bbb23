namespace Conformance.Specs.Validation;

/// <summary>
/// Allocation-free checks of RFC 3339 §5.6 <c>full-date</c> and <c>date-time</c> (validation runs
/// for every date of every response, so it avoids regular expressions and culture-aware parsing).
/// A leap second (<c>:60</c>) is accepted, as the grammar allows.
/// </summary>
internal static class Rfc3339
{
    /// <summary><c>yyyy-MM-dd</c> naming a real calendar day.</summary>
    public static bool IsFullDate(ReadOnlySpan<char> text) =>
        text.Length == 10 && TryDate(text, out _);

    /// <summary><c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c>; <c>t</c>/<c>z</c> in lower case are allowed too.</summary>
    public static bool IsDateTime(ReadOnlySpan<char> text)
    {
        if (text.Length < 20 || !TryDate(text[..10], out _) || text[10] is not ('T' or 't'))
        {
            return false;
        }

        if (!TwoDigits(text, 11, 23) || text[13] != ':' || !TwoDigits(text, 14, 59) || text[16] != ':' || !TwoDigits(text, 17, 60))
        {
            return false;
        }

        var i = 19;
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
        return offset is "Z" or "z"
            || (offset.Length == 6 && offset[0] is '+' or '-' && TwoDigits(offset, 1, 23) && offset[3] == ':' && TwoDigits(offset, 4, 59));
    }

    private static bool TryDate(ReadOnlySpan<char> text, out int day)
    {
        day = 0;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !Digits(text[..4], out var year) || !Digits(text.Slice(5, 2), out var month)
            || !Digits(text.Slice(8, 2), out day) || month is < 1 or > 12 || year < 1)
        {
            return false;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, int max) =>
        Digits(text.Slice(at, 2), out var value) && value <= max;

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
