using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>Questions every report asks of the result model, answered once.</summary>
public static class ResultQueries
{
    /// <summary>Flow-level findings first, then each step's, in step order.</summary>
    public static IEnumerable<Finding> AllFindings(this FlowResult flow) =>
        flow.Findings.Concat(flow.Steps.SelectMany(s => s.Findings));

    public static IEnumerable<Finding> AllFindings(this ApiRunResult api) =>
        api.Findings
            .Concat(api.Flows.SelectMany(f => f.AllFindings()))
            .Concat(api.GeneratedCases.SelectMany(c => c.Findings));

    /// <summary>A finding that makes the provider non-conformant: an error nobody declared as expected.</summary>
    public static bool IsBlocking(this Finding finding) =>
        finding.Severity == Severity.Error && finding.ExpectedFailureReason is null;

    /// <summary>Distinct ids of the blocking findings, in first-seen order.</summary>
    public static IReadOnlyList<string> FailingCheckIds(this IEnumerable<Finding> findings) =>
        [.. findings.Where(f => f.IsBlocking()).Select(f => f.CheckId).Distinct(StringComparer.Ordinal)];

    public static OutcomeCounts FlowCounts(this IEnumerable<ApiRunResult> apis) =>
        OutcomeCounts.Of(apis.SelectMany(a => a.Flows).Select(f => f.Outcome));

    public static OutcomeCounts StepCounts(this IEnumerable<ApiRunResult> apis) =>
        OutcomeCounts.Of(apis.SelectMany(a => a.Flows).SelectMany(f => f.Steps).Select(s => s.Outcome));

    public static OutcomeCounts CaseCounts(this IEnumerable<ApiRunResult> apis) =>
        OutcomeCounts.Of(apis.SelectMany(a => a.GeneratedCases).Select(c => c.Outcome));

    /// <summary>The reason shown for an omitted item: its first finding's message, else a generic one.</summary>
    public static string OmissionReason(IReadOnlyList<Finding> findings) =>
        findings.Count > 0 ? findings[0].Message : "not applicable to this provider";

    /// <summary>The profile's reason for an expected failure, from the first finding that carries one.</summary>
    public static string? ExpectedFailureReason(IReadOnlyList<Finding> findings) =>
        findings.Select(f => f.ExpectedFailureReason).FirstOrDefault(r => r is not null);
}
