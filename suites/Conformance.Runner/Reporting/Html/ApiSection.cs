using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>One API: its heading and verdict, findings outside flows, what did not run, the flow table, each flow, the generated cases, the latency per operation.</summary>
internal static class ApiSection
{
    public static void Write(StringBuilder html, ApiRunResult api)
    {
        html.Append("<section class=\"api\" id=\"").Append(E(Anchors.Api(api.ApiId))).Append("\">\n")
            .Append("<div class=\"api-head\"><div><h2>").Append(E(api.SpecTitle)).Append(" <span class=\"sub\">")
            .Append(E(api.SpecVersion)).Append("</span></h2>\n<div class=\"meta\"><span class=\"mono\">").Append(E(api.ApiId))
            .Append("</span><span class=\"mono\">").Append(E(api.ProviderBaseUrl)).Append("</span></div></div>\n")
            .Append(OutcomeView.VerdictBadge(api.Verdict)).Append("</div>\n");

        if (api.Findings.Count > 0)
        {
            html.Append("<div class=\"alert\"><b>Findings outside any flow</b>\n");
            FindingView.Write(html, api.Findings);
            html.Append("</div>\n");
        }

        NotRunSection.Write(html, api);
        html.Append("<h3>Flows</h3>\n");
        if (api.Flows.Count == 0)
        {
            html.Append("<p class=\"empty\">No flow ran.</p>\n");
        }
        else
        {
            FlowTable(html, api);
            foreach (var flow in api.Flows)
            {
                FlowView.Write(html, api.ApiId, flow);
            }
        }

        GeneratedCasesSection.Write(html, api);
        LatencySection.Write(html, api);
        CoverageSection.Write(html, api);
        html.Append("</section>\n");
    }

    private static void FlowTable(StringBuilder html, ApiRunResult api)
    {
        html.Append("<table class=\"flows\">\n<thead><tr><th>Outcome</th><th>Flow</th><th class=\"num\">Steps passed</th><th class=\"num\">Duration</th><th>Failing checks</th></tr></thead>\n<tbody>\n");
        foreach (var flow in api.Flows)
        {
            var steps = OutcomeCounts.Of(flow.Steps.Select(s => s.Outcome));
            html.Append("<tr><td>").Append(OutcomeView.Badge(flow.Outcome)).Append("</td><td><a class=\"mono\" href=\"#")
                .Append(E(Anchors.Flow(api.ApiId, flow.WorkflowId))).Append("\">").Append(E(flow.WorkflowId)).Append("</a>");
            if (flow.Summary is { } summary)
            {
                html.Append("<div class=\"sub\">").Append(E(summary)).Append("</div>");
            }

            html.Append("</td><td class=\"num\">").Append(steps.Passed).Append(" / ").Append(steps.Total)
                .Append("</td><td class=\"num\">").Append(DurationText.Format(flow.Duration)).Append("</td><td>");
            foreach (var check in flow.AllFindings().FailingCheckIds())
            {
                html.Append("<span class=\"check\">").Append(E(check)).Append("</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
