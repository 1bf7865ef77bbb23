using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>One flow, collapsible (open when it did not pass): its own findings, then every step in run order.</summary>
internal static class FlowView
{
    public static void Write(StringBuilder html, string apiId, FlowResult flow)
    {
        html.Append("<details class=\"flow ").Append(OutcomeView.CssClass(flow.Outcome)).Append("\" id=\"")
            .Append(E(Anchors.Flow(apiId, flow.WorkflowId))).Append('"').Append(OutcomeView.OpenIf(flow.Outcome)).Append(">\n<summary>")
            .Append(OutcomeView.Badge(flow.Outcome)).Append("<b class=\"mono\">").Append(E(flow.WorkflowId)).Append("</b>")
            .Append("<span class=\"sub grow\">").Append(E(flow.Summary)).Append("</span>")
            .Append("<span class=\"sub\">").Append(VerdictSection.Plural(flow.Steps.Count, "step")).Append(" · ")
            .Append(DurationText.Format(flow.Duration)).Append("</span></summary>\n<div class=\"inner\">\n")
            .Append("<p class=\"sub\">Defined in <code>").Append(E(flow.SourceFile)).Append("</code></p>\n");

        if (flow.Outcome == Outcome.Omitted && flow.Steps.Count == 0)
        {
            html.Append("<p class=\"empty\">Omitted: ").Append(E(ResultQueries.OmissionReason(flow.Findings))).Append("</p>\n");
        }
        else
        {
            FindingView.Write(html, flow.Findings);
        }

        for (var i = 0; i < flow.Steps.Count; i++)
        {
            var step = flow.Steps[i];
            ItemView.Write(html, new ItemModel
            {
                Anchor = Anchors.Step(apiId, flow.WorkflowId, i),
                Name = step.StepId,
                Detail = step.OperationId,
                Description = step.Description,
                Outcome = step.Outcome,
                Duration = step.Duration,
                Findings = step.Findings,
                Exchanges = step.Exchanges,
                Outputs = step.Outputs,
            });
        }

        html.Append("</div>\n</details>\n");
    }
}
