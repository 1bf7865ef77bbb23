using System.Text;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>
/// What did not run and why, counted per reason (a budget that ran out, a provider that stopped
/// answering or could not be reached, a dependency that failed), so a short run is never mistaken
/// for a complete one. Omissions that only mean "not applicable" (optional workflows) are not listed.
/// </summary>
internal static class NotRunSection
{
    private const string Prefix = "not run: ";

    public static void Write(StringBuilder html, ApiRunResult api)
    {
        var flows = api.Flows.Where(f => f.Outcome == Outcome.Omitted)
            .SelectMany(f => f.Findings.Select(x => x.Message).Where(m => m.StartsWith(Prefix, StringComparison.Ordinal)).Take(1))
            .Select(m => (Reason: m[Prefix.Length..], Kind: "workflow"));
        var cases = api.GeneratedCases.Where(c => c.Outcome == Outcome.Omitted)
            .Select(c => c.Description is { } d && d.IndexOf("(omitted: " + Prefix, StringComparison.Ordinal) is var at and >= 0
                ? d[(at + "(omitted: ".Length + Prefix.Length)..].TrimEnd(')')
                : null)
            .OfType<string>()
            .Select(r => (Reason: r, Kind: "generated case"));
        var reasons = flows.Concat(cases).GroupBy(x => x.Reason, StringComparer.Ordinal).ToList();
        if (reasons.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"alert\"><b>Not run</b>\n<ul>\n");
        foreach (var reason in reasons)
        {
            var workflows = reason.Count(x => x.Kind == "workflow");
            var generated = reason.Count(x => x.Kind == "generated case");
            html.Append("<li>").Append(workflows).Append(" workflow(s) and ").Append(generated).Append(" generated case(s): ")
                .Append(E(reason.Key)).Append("</li>\n");
        }

        html.Append("</ul></div>\n");
    }
}
