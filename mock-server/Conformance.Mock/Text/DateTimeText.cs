using System.Text.RegularExpressions;

namespace Conformance.Mock.Text;

/// <summary>Shape checks for RFC 3339 <c>date-time</c> and <c>full-date</c> text (before parsing the values).</summary>
public static partial class DateTimeText
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    public static bool IsRfc3339(string text) => text.Length <= 40 && DateTimePattern().IsMatch(text);

    public static bool IsDate(string text) => DatePattern().IsMatch(text);
}
