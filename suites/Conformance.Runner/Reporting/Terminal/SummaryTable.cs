using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using Spectre.Console;

namespace Conformance.Runner.Reporting.Terminal;

/// <summary>The end-of-run table: one row per API.</summary>
internal static class SummaryTable
{
    public static Table Build(RunResult result, bool plain)
    {
        var table = new Table()
            .Border(plain ? TableBorder.Ascii : TableBorder.Rounded)
            .AddColumn("API")
            .AddColumn("Verdict")
            .AddColumn("Flows")
            .AddColumn("Generated cases")
            .AddColumn(new TableColumn("Blocking findings").RightAligned());
        foreach (var api in result.Apis)
        {
            table.AddRow(
                Markup.Escape(api.ApiId),
                ProgressSymbols.Verdict(api.Verdict, plain),
                Markup.Escape(OutcomeCounts.Of(api.Flows.Select(f => f.Outcome)).ToString()),
                Markup.Escape(OutcomeCounts.Of(api.GeneratedCases.Select(c => c.Outcome)).ToString()),
                api.AllFindings().Count(f => f.IsBlocking()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }
}
