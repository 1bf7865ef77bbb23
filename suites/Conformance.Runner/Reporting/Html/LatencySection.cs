using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>
/// How long the provider took per operation: answers counted over flow steps and generated cases
/// (outbound exchanges that got an answer), with median, 95th percentile and slowest, slowest
/// operation first. Tells a provider where its time goes and which answers the run waited on.
/// </summary>
internal static class LatencySection
{
    public static void Write(StringBuilder html, ApiRunResult api)
    {
        var fromSteps = api.Flows.SelectMany(f => f.Steps).Where(s => s.OperationId is not null)
            .SelectMany(s => s.Exchanges.Select(e => (Operation: s.OperationId!, Exchange: e)));
        var fromCases = api.GeneratedCases.SelectMany(c => c.Exchanges.Select(e => (Operation: c.OperationId, Exchange: e)));
        var operations = fromSteps.Concat(fromCases)
            .Where(x => x.Exchange is { Direction: ExchangeDirection.Outbound, Response: not null })
            .GroupBy(x => x.Operation, x => x.Exchange.Elapsed, StringComparer.Ordinal)
            .Select(g => (Operation: g.Key, Times: g.Order().ToList()))
            .OrderByDescending(o => o.Times[^1]).ThenBy(o => o.Operation, StringComparer.Ordinal)
            .ToList();
        if (operations.Count == 0)
        {
            return;
        }

        html.Append("<h3>Latency per operation</h3>\n<table class=\"latency\">\n<thead><tr><th>Operation</th><th class=\"num\">Answers</th>")
            .Append("<th class=\"num\">Median</th><th class=\"num\">95th percentile</th><th class=\"num\">Slowest</th></tr></thead>\n<tbody>\n");
        foreach (var (operation, times) in operations)
        {
            html.Append("<tr><td class=\"mono\">").Append(E(operation)).Append("</td><td class=\"num\">").Append(times.Count)
                .Append("</td><td class=\"num\">").Append(DurationText.Format(Percentile(times, 0.5)))
                .Append("</td><td class=\"num\">").Append(DurationText.Format(Percentile(times, 0.95)))
                .Append("</td><td class=\"num\">").Append(DurationText.Format(times[^1])).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Nearest-rank percentile of sorted times.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
