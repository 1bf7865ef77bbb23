using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>A collapsible step or generated case: outcome, name, failing checks, then findings and exchanges.</summary>
internal static class ItemView
{
    public static void Write(StringBuilder html, ItemModel item)
    {
        html.Append("<details class=\"item ").Append(OutcomeView.CssClass(item.Outcome)).Append("\" id=\"").Append(E(item.Anchor)).Append('"')
            .Append(OutcomeView.OpenIf(item.Outcome)).Append(">\n<summary>")
            .Append(OutcomeView.Badge(item.Outcome))
            .Append("<b class=\"mono\">").Append(E(item.Name)).Append("</b>");
        if (item.Detail is { } detail)
        {
            html.Append("<span class=\"sub mono\">").Append(E(detail)).Append("</span>");
        }

        html.Append("<span class=\"grow\"></span>");
        foreach (var check in item.Findings.FailingCheckIds())
        {
            html.Append("<span class=\"check\">").Append(E(check)).Append("</span>");
        }

        html.Append("<span class=\"sub\">").Append(DurationText.Format(item.Duration)).Append("</span></summary>\n<div class=\"inner\">\n");
        if (item.Description is { } description)
        {
            html.Append("<p class=\"sub\">").Append(E(description)).Append("</p>\n");
        }

        if (item.Outcome == Outcome.Omitted)
        {
            html.Append("<p class=\"empty\">Omitted: ").Append(E(ResultQueries.OmissionReason(item.Findings))).Append("</p>\n");
        }
        else
        {
            FindingView.Write(html, item.Findings);
        }

        ExchangeView.Write(html, item.Exchanges);
        Outputs(html, item.Outputs);
        html.Append("</div>\n</details>\n");
    }

    private static void Outputs(StringBuilder html, IReadOnlyList<KeyValuePair<string, string>> outputs)
    {
        if (outputs.Count == 0)
        {
            return;
        }

        html.Append("<details class=\"mini\"><summary>").Append(VerdictSection.Plural(outputs.Count, "output")).Append("</summary><table>");
        foreach (var output in outputs)
        {
            html.Append("<tr><td class=\"mono\">").Append(E(output.Key)).Append("</td><td class=\"mono\">").Append(E(output.Value)).Append("</td></tr>");
        }

        html.Append("</table></details>\n");
    }
}
