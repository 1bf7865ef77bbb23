using System.Net;
using System.Text.RegularExpressions;
using Conformance.Runner.Reporting.Formatting;

namespace Conformance.Runner.Reporting.Markdown;

/// <summary>
/// Provider-supplied text on its way into Markdown. GitHub renders inline HTML in job summaries, so
/// markup is escaped as HTML; table cells lose their pipes and line breaks; code keeps its text.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Text for a paragraph or a table cell.</summary>
    public static string Cell(string? text) =>
        WebUtility.HtmlEncode(SafeText.Clean(text)).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Inline code; the fence is one backtick longer than any run inside.</summary>
    public static string Code(string? text)
    {
        var clean = SafeText.Clean(text).ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestBacktickRun(clean) + 1);
        return $"{fence}{(clean.StartsWith('`') ? " " : "")}{clean}{(clean.EndsWith('`') ? " " : "")}{fence}";
    }

    /// <summary>A fenced block; the fence outgrows any backtick run in the text.</summary>
    public static string Block(string text, string language = "")
    {
        var clean = SafeText.Clean(text).TrimEnd('\n');
        var fence = new string('`', Math.Max(3, LongestBacktickRun(clean) + 1));
        return $"{fence}{language}\n{clean}\n{fence}\n";
    }

    private static int LongestBacktickRun(string text) =>
        Backticks().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();

    [GeneratedRegex("`+")]
    private static partial Regex Backticks();
}
