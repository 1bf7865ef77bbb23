using Conformance.Runner.Results;
using Spectre.Console;

namespace Conformance.Runner.Reporting.Terminal;

/// <summary>The mark in front of each progress line, as markup: a coloured symbol, or an ASCII word when plain.</summary>
internal static class ProgressSymbols
{
    public static string Outcome(Outcome outcome, bool plain) => (outcome, plain) switch
    {
        (Results.Outcome.Passed, true) => "PASS ",
        (Results.Outcome.Failed, true) => "FAIL ",
        (Results.Outcome.Omitted, true) => "OMIT ",
        (_, true) => "XFAIL",
        (Results.Outcome.Passed, false) => "[green]✓[/]",
        (Results.Outcome.Failed, false) => "[red]✗[/]",
        (Results.Outcome.Omitted, false) => "[grey]–[/]",
        _ => "[yellow]≈[/]",
    };

    public static string Verdict(Verdict verdict, bool plain)
    {
        var word = verdict switch
        {
            Results.Verdict.Conformant => "CONFORMANT",
            Results.Verdict.NotConformant => "NOT CONFORMANT",
            _ => "UNREACHABLE",
        };
        if (plain)
        {
            return word;
        }

        var colour = verdict switch
        {
            Results.Verdict.Conformant => "green",
            Results.Verdict.NotConformant => "red",
            _ => "darkorange",
        };
        return $"[bold {colour}]{Markup.Escape(word)}[/]";
    }
}
