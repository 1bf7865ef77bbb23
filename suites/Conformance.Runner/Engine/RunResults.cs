using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>Verdict rules and the assembly of a <see cref="RunResult"/> from several APIs.</summary>
public static class RunResults
{
    /// <summary>Not conformant iff any Error finding is not declared expected.</summary>
    public static Verdict VerdictOf(IEnumerable<Finding> findings) =>
        findings.Any(f => f.Severity == Severity.Error && f.ExpectedFailureReason is null) ? Verdict.NotConformant : Verdict.Conformant;

    public static IEnumerable<Finding> AllFindings(ApiRunResult api) =>
        api.Findings
            .Concat(api.Flows.SelectMany(f => f.Findings.Concat(f.Steps.SelectMany(s => s.Findings))))
            .Concat(api.GeneratedCases.SelectMany(c => c.Findings));

    /// <summary>
    /// Combines API results: Unreachable when every API was unreachable; NotConformant when any API
    /// is not conformant or unreachable; else Conformant.
    /// </summary>
    public static RunResult Combine(IReadOnlyList<ApiRunResult> apis, string toolVersion, DateTimeOffset startedAt, TimeSpan duration)
    {
        var verdict = apis.Count > 0 && apis.All(a => a.Verdict == Verdict.Unreachable) ? Verdict.Unreachable
            : apis.Any(a => a.Verdict != Verdict.Conformant) ? Verdict.NotConformant
            : Verdict.Conformant;
        return new RunResult { ToolVersion = toolVersion, StartedAt = startedAt, Duration = duration, Verdict = verdict, Apis = apis };
    }
}
