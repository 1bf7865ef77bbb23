using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>
/// "What to fix": one row per failing check with its spec clause and links to every place it failed,
/// ordered by how often it failed (most first), then by check id. Expected failures follow separately.
/// </summary>
internal static class FixListSection
{
    /// <summary>Links shown per check before the rest are summarised as "and N more".</summary>
    private const int MaxLinks = 6;

    public static void Write(StringBuilder html, RunResult run)
    {
        var locations = FindingLocation.All(run).ToList();
        var blocking = locations.Where(l => l.Finding.IsBlocking()).ToList();
        var expected = locations.Where(l => l.Finding.ExpectedFailureReason is not null).ToList();
        if (blocking.Count > 0)
        {
            html.Append("<section class=\"fix\" id=\"what-to-fix\">\n<h3>What to fix</h3>\n");
            Table(html, blocking, reasonColumn: false);
            html.Append("</section>\n");
        }

        if (expected.Count > 0)
        {
            html.Append("<section class=\"fix\" id=\"expected-failures\">\n<h3>Expected failures (declared in the provider profile)</h3>\n");
            Table(html, expected, reasonColumn: true);
            html.Append("</section>\n");
        }
    }

    private static void Table(StringBuilder html, IReadOnlyList<FindingLocation> locations, bool reasonColumn)
    {
        html.Append("<table class=\"fixes\">\n<thead><tr><th>Check</th><th>What is wrong</th><th>Spec clause</th><th>")
            .Append(reasonColumn ? "Reason" : "Where").Append("</th></tr></thead>\n<tbody>\n");
        var groups = locations
            .GroupBy(l => l.Finding.CheckId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var first = group.First().Finding;
            html.Append("<tr><td><span class=\"check\">").Append(E(first.CheckId)).Append("</span></td>")
                .Append("<td><b>").Append(E(first.Title)).Append("</b><div class=\"sub\">").Append(E(first.Message)).Append("</div></td>")
                .Append("<td>").Append(first.SpecReference is null ? "" : $"<code>{E(first.SpecReference)}</code>").Append("</td><td>");
            if (reasonColumn)
            {
                html.Append(E(first.ExpectedFailureReason));
            }

            Links(html, group.ToList());
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Links(StringBuilder html, IReadOnlyList<FindingLocation> places)
    {
        var distinct = places.DistinctBy(p => p.Anchor).ToList();
        html.Append("<div class=\"sub\">");
        foreach (var place in distinct.Take(MaxLinks))
        {
            html.Append("<a href=\"#").Append(E(place.Anchor)).Append("\">").Append(E(place.Label)).Append("</a><br>");
        }

        if (distinct.Count > MaxLinks)
        {
            html.Append("and ").Append(distinct.Count - MaxLinks).Append(" more");
        }

        html.Append("</div>");
    }
}
