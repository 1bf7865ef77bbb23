using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>Generated cases grouped by operation, in the order operations first appear in the run.</summary>
internal static class GeneratedCasesSection
{
    public static void Write(StringBuilder html, ApiRunResult api)
    {
        if (api.GeneratedCases.Count == 0)
        {
            return;
        }

        html.Append("<h3>Generated cases</h3>\n");
        foreach (var operation in api.GeneratedCases.GroupBy(c => c.OperationId, StringComparer.Ordinal))
        {
            var counts = OutcomeCounts.Of(operation.Select(c => c.Outcome));
            var outcome = counts.Failed > 0 ? Outcome.Failed
                : counts.ExpectedFailures > 0 ? Outcome.ExpectedFailure
                : counts.Passed > 0 ? Outcome.Passed
                : Outcome.Omitted;
            html.Append("<details class=\"flow ").Append(OutcomeView.CssClass(outcome)).Append("\" id=\"")
                .Append(E(Anchors.Operation(api.ApiId, operation.Key))).Append('"').Append(OutcomeView.OpenIf(outcome)).Append(">\n<summary>")
                .Append(OutcomeView.Badge(outcome)).Append("<b class=\"mono\">").Append(E(operation.Key)).Append("</b>")
                .Append("<span class=\"sub grow\">").Append(E(counts.ToString())).Append("</span></summary>\n<div class=\"inner\">\n");
            foreach (var generated in operation)
            {
                ItemView.Write(html, new ItemModel
                {
                    Anchor = Anchors.Case(api.ApiId, generated.CaseId),
                    Name = generated.Kind,
                    Detail = generated.CaseId,
                    Description = generated.Description,
                    Outcome = generated.Outcome,
                    Duration = generated.Duration,
                    Findings = generated.Findings,
                    Exchanges = generated.Exchanges,
                });
            }

            html.Append("</div>\n</details>\n");
        }
    }
}
