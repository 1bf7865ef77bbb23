using Conformance.Runner.Checks;
using Conformance.Runner.Profiles;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// Applies a provider profile to findings: severity overrides by check id (a mandatory check
/// cannot be lowered), then expected failures (a matching finding keeps its severity and gets the
/// profile's reason, so it no longer fails the run but stays visible).
/// </summary>
public sealed class ProfilePolicy(ApiProfile? profile, CheckCatalogue catalogue)
{
    public static ProfilePolicy None { get; } = new(null, CheckCatalogue.Default);

    /// <summary>Configuration errors of a profile for one API; empty when it is usable.</summary>
    public static IReadOnlyList<string> Validate(string apiId, ApiProfile profile, CheckCatalogue catalogue)
    {
        var errors = new List<string>();
        foreach (var (id, severity) in profile.SeverityOverrides)
        {
            if (catalogue.Find(id) is not { } check)
            {
                errors.Add($"apis.{apiId}.severityOverrides: unknown check '{id}'");
            }
            else if (check.IsMandatory && severity < check.DefaultSeverity)
            {
                errors.Add($"apis.{apiId}.severityOverrides: '{id}' is mandatory; its severity cannot be lowered to {severity}");
            }
        }

        for (var i = 0; i < profile.ExpectedFailures.Count; i++)
        {
            var expected = profile.ExpectedFailures[i];
            if (catalogue.Find(expected.CheckId) is null)
            {
                errors.Add($"apis.{apiId}.expectedFailures[{i}]: unknown check '{expected.CheckId}'");
            }

            if (string.IsNullOrWhiteSpace(expected.Reason))
            {
                errors.Add($"apis.{apiId}.expectedFailures[{i}]: a reason is required");
            }
        }

        return errors;
    }

    public Finding Apply(Finding finding, string? workflowId, string? stepId, string? operationId)
    {
        if (profile is null)
        {
            return finding;
        }

        var result = finding;
        if (profile.SeverityOverrides.TryGetValue(finding.CheckId, out var severity)
            && !(catalogue.Find(finding.CheckId) is { IsMandatory: true } check && severity < check.DefaultSeverity))
        {
            result = result with { Severity = severity };
        }

        var expected = profile.ExpectedFailures.FirstOrDefault(e =>
            e.CheckId == finding.CheckId
            && (e.WorkflowId is null || e.WorkflowId == workflowId)
            && (e.StepId is null || e.StepId == stepId)
            && (e.OperationId is null || e.OperationId == operationId));
        return expected is null ? result : result with { ExpectedFailureReason = expected.Reason };
    }

    public StepResult Apply(StepResult step, string workflowId)
    {
        var findings = step.Findings.Select(f => Apply(f, workflowId, step.StepId, step.OperationId)).ToList();
        return step with { Findings = findings, Outcome = OutcomeRules.From(findings) };
    }

    public GeneratedCaseResult Apply(GeneratedCaseResult result)
    {
        if (result.Outcome == Outcome.Omitted)
        {
            return result;
        }

        var findings = result.Findings.Select(f => Apply(f, null, null, result.OperationId)).ToList();
        return result with { Findings = findings, Outcome = OutcomeRules.From(findings) };
    }
}
