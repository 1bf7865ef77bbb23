using System.Net;
using System.Text;
using Conformance.Runner.Reporting.Formatting;

namespace Conformance.Runner.Reporting.Html;

/// <summary>Everything that goes from the model into the page passes through here: bodies are hostile input.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and quoted attribute values alike.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(SafeText.Clean(text));

    /// <summary>A fragment id from parts: letters, digits, <c>_ . -</c> kept, anything else becomes <c>-</c>.</summary>
    public static string Id(params string[] parts)
    {
        var id = new StringBuilder();
        foreach (var part in parts)
        {
            if (id.Length > 0)
            {
                id.Append("--");
            }

            foreach (var c in part)
            {
                id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' ? c : '-');
            }
        }

        return id.ToString();
    }
}
