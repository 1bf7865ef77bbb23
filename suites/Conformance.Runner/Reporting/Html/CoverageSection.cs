using System.Text;
using Conformance.Runner.Reporting.Coverage;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>
/// The coverage matrix of one API: a row per operation, callback and webhook with the requests that
/// reached it and each documented response as reached or not, then the responses nothing reached.
/// Open when something was never exercised, since that is what the verdict does not vouch for.
/// </summary>
internal static class CoverageSection
{
    public static void Write(StringBuilder html, ApiRunResult api)
    {
        if (api.Coverage is not { } coverage)
        {
            return;
        }

        var complete = coverage.OperationsExercised == coverage.OperationsTotal;
        html.Append("<h3>Spec coverage</h3>\n<details class=\"flow coverage ").Append(complete ? "passed" : "omitted").Append("\" id=\"")
            .Append(E(HtmlText.Id("coverage", api.ApiId))).Append('"').Append(complete ? "" : " open").Append(">\n<summary><b>")
            .Append(coverage.OperationsExercised).Append(" / ").Append(coverage.OperationsTotal).Append(" operations exercised</b><span class=\"sub grow\">")
            .Append(coverage.ResponsesReached).Append(" / ").Append(coverage.ResponsesTotal).Append(" documented responses reached</span></summary>\n<div class=\"inner\">\n")
            .Append("<div class=\"wide\"><table class=\"matrix\">\n<thead><tr><th>Operation</th><th>Kind</th><th class=\"num\">Flow requests</th><th class=\"num\">Generated requests</th><th>Documented responses</th></tr></thead>\n<tbody>\n");
        foreach (var operation in coverage.Operations)
        {
            html.Append("<tr class=\"").Append(operation.Exercised ? "hit" : "miss").Append("\"><td><b class=\"mono\">").Append(E(operation.OperationId))
                .Append("</b><div class=\"sub mono\">").Append(E(operation.Method)).Append(' ').Append(E(operation.Target)).Append("</div></td><td>")
                .Append(E(Kind(operation.Kind))).Append("</td><td class=\"num\">").Append(operation.FlowRequests)
                .Append("</td><td class=\"num\">").Append(operation.GeneratedRequests).Append("</td><td>");
            foreach (var response in operation.Responses)
            {
                html.Append("<span class=\"st ").Append(response.Reached ? "hit" : "miss").Append("\" title=\"")
                    .Append(response.Reached ? "reached" : "never reached").Append("\">").Append(E(response.Status)).Append("</span>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (coverage.UnreachedResponses.Count > 0)
        {
            html.Append("<p class=\"sub\">Documented responses no flow or generated case reached (the verdict says nothing about them):</p>\n<ul class=\"unreached\">");
            foreach (var unreached in coverage.UnreachedResponses)
            {
                html.Append("<li class=\"mono\">").Append(E(unreached)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</div>\n</details>\n");
    }

    private static string Kind(CoverageKind kind) => kind switch
    {
        CoverageKind.Callback => "callback",
        CoverageKind.Webhook => "webhook",
        _ => "operation",
    };
}
