using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Html;

/// <summary>How an outcome or verdict looks: a CSS class, a symbol and a word.</summary>
internal static class OutcomeView
{
    public static string CssClass(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "passed",
        Outcome.Failed => "failed",
        Outcome.Omitted => "omitted",
        _ => "expected",
    };

    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "✓ passed",
        Outcome.Failed => "✗ failed",
        Outcome.Omitted => "– omitted",
        _ => "≈ expected failure",
    };

    public static string Badge(Outcome outcome) =>
        $"<span class=\"badge {CssClass(outcome)}\">{Label(outcome)}</span>";

    public static string VerdictClass(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "conformant",
        Verdict.NotConformant => "not-conformant",
        _ => "unreachable",
    };

    public static string VerdictWord(Verdict verdict) => verdict switch
    {
        Verdict.Conformant => "Conformant",
        Verdict.NotConformant => "Not conformant",
        _ => "Provider unreachable",
    };

    public static string VerdictBadge(Verdict verdict) =>
        $"<span class=\"pill {VerdictClass(verdict)}\">{VerdictWord(verdict)}</span>";

    /// <summary>Failed and expected-failure items open by default: that is what a reader came for.</summary>
    public static string OpenIf(Outcome outcome) =>
        outcome is Outcome.Failed or Outcome.ExpectedFailure ? " open" : string.Empty;
}
