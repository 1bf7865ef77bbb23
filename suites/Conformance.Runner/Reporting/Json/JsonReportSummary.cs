using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Json;

/// <summary>Totals over all APIs of a run. <see cref="BlockingFindings"/> are errors not declared as expected.</summary>
public sealed record JsonReportSummary
{
    public required Verdict Verdict { get; init; }
    public required OutcomeCounts Flows { get; init; }
    public required OutcomeCounts Steps { get; init; }
    public required OutcomeCounts GeneratedCases { get; init; }
    public required int BlockingFindings { get; init; }
    public required IReadOnlyList<string> FailingChecks { get; init; }

    public static JsonReportSummary Of(RunResult run)
    {
        var findings = run.Apis.SelectMany(a => a.AllFindings()).ToList();
        return new JsonReportSummary
        {
            Verdict = run.Verdict,
            Flows = run.Apis.FlowCounts(),
            Steps = run.Apis.StepCounts(),
            GeneratedCases = run.Apis.CaseCounts(),
            BlockingFindings = findings.Count(f => f.IsBlocking()),
            FailingChecks = findings.FailingCheckIds(),
        };
    }
}
