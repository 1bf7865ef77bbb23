using System.Text;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>One finding: severity, check id and title, the message, the spec clause and where in the body.</summary>
internal static class FindingView
{
    public static void Write(StringBuilder html, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            Write(html, finding);
        }
    }

    private static void Write(StringBuilder html, Finding finding)
    {
        var kind = finding.ExpectedFailureReason is not null ? "expected" : finding.Severity.ToString().ToLowerInvariant();
        html.Append("<div class=\"finding ").Append(kind).Append("\">")
            .Append("<div class=\"head\"><span class=\"sev\">").Append(finding.Severity).Append("</span>")
            .Append("<span class=\"check\">").Append(E(finding.CheckId)).Append("</span>")
            .Append("<b>").Append(E(finding.Title)).Append("</b></div>")
            .Append("<div class=\"msg\">").Append(E(finding.Message)).Append("</div>");
        var details = new List<string>();
        if (finding.SpecReference is { } reference)
        {
            details.Add($"Spec: <code>{E(reference)}</code>");
        }

        if (finding.InstancePointer is { } pointer)
        {
            details.Add($"At: <code>{E(pointer)}</code>");
        }

        if (details.Count > 0)
        {
            html.Append("<div class=\"sub\">").Append(string.Join(" · ", details)).Append("</div>");
        }

        if (finding.ExpectedFailureReason is { } reason)
        {
            html.Append("<div class=\"sub\">Expected failure: ").Append(E(reason)).Append("</div>");
        }

        html.Append("</div>\n");
    }
}
