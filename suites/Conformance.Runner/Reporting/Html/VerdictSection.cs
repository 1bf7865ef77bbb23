using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>The first thing on the page: the verdict in one word, why, and the counts.</summary>
internal static class VerdictSection
{
    public static void Write(StringBuilder html, RunResult run)
    {
        var findings = run.Apis.SelectMany(a => a.AllFindings()).ToList();
        var symbol = run.Verdict switch { Verdict.Conformant => "✓", Verdict.NotConformant => "✗", _ => "⚠" };
        html.Append("<section class=\"verdict ").Append(OutcomeView.VerdictClass(run.Verdict)).Append("\" id=\"verdict\">\n")
            .Append("<div class=\"word\">").Append(symbol).Append(' ').Append(OutcomeView.VerdictWord(run.Verdict)).Append("</div>\n")
            .Append("<div class=\"why\">").Append(E(Why(run, findings))).Append("</div>\n")
            .Append("<div class=\"tally\">\n");
        Tally(html, "Flows", run.Apis.FlowCounts().ToString());
        Tally(html, "Steps", run.Apis.StepCounts().ToString());
        Tally(html, "Generated cases", run.Apis.CaseCounts().ToString());
        var errors = findings.Count(f => f.IsBlocking());
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        Tally(html, "Findings", $"{errors} blocking, {warnings} warning{(warnings == 1 ? "" : "s")}");
        html.Append("</div>\n</section>\n");
    }

    private static string Why(RunResult run, IReadOnlyList<Finding> findings)
    {
        var apis = string.Join(", ", run.Apis.Select(a => a.ApiId));
        switch (run.Verdict)
        {
            case Verdict.Conformant:
                return run.Apis.Count == 0 ? "Nothing was run." : $"Every mandatory check passed ({apis}).";
            case Verdict.NotConformant:
                var checks = findings.FailingCheckIds().Count;
                var flows = run.Apis.SelectMany(a => a.Flows).Count(f => f.Outcome == Outcome.Failed);
                var cases = run.Apis.SelectMany(a => a.GeneratedCases).Count(c => c.Outcome == Outcome.Failed);
                var places = new List<string>();
                if (flows > 0)
                {
                    places.Add(Plural(flows, "flow"));
                }

                if (cases > 0)
                {
                    places.Add(Plural(cases, "generated case"));
                }

                var outside = run.Apis.Count(a => a.Findings.Any(f => f.IsBlocking()));
                if (outside > 0)
                {
                    places.Add($"{Plural(outside, "API")} outside any flow");
                }

                return $"{Plural(checks, "check")} failed ({string.Join(", ", places)}). What to fix is listed below.";
            default:
                var reason = run.Apis.SelectMany(a => a.Findings).Select(f => f.Message).FirstOrDefault();
                return "The provider could not be reached" + (reason is null ? "." : ": " + reason);
        }
    }

    private static void Tally(StringBuilder html, string label, string value) =>
        html.Append("<div><b>").Append(E(label)).Append("</b><span>").Append(E(value)).Append("</span></div>\n");

    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
