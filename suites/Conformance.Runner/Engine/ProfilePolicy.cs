using Conformance.Runner.Checks;
using Conformance.Runner.Profiles;
using Conformance.Runner.Profiles.Yaml;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// Applies a provider profile to findings: severity overrides by check id (a mandatory check
/// cannot be lowered, <see cref="CheckIds.MayOverride(bool, Severity, Severity)"/>), then expected
/// failures (a matching finding keeps its severity and gets the profile's reason, so it no longer
/// fails the run but stays visible). Former check ids in the profile are read as the current ones.
/// </summary>
public sealed class ProfilePolicy
{
    private readonly ApiProfile? profile;
    private readonly CheckCatalogue catalogue;
    private readonly Dictionary<string, Severity> overrides;

    public ProfilePolicy(ApiProfile? profile, CheckCatalogue catalogue)
    {
        this.profile = profile;
        this.catalogue = catalogue;
        overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (id, severity) in profile?.SeverityOverrides ?? new Dictionary<string, Severity>())
        {
            overrides[catalogue.Find(id)?.Id ?? id] = severity;
        }
    }

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
            else if (!CheckIds.MayOverride(check.IsMandatory, check.DefaultSeverity, severity))
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
        if (overrides.TryGetValue(finding.CheckId, out var severity)
            && (catalogue.Find(finding.CheckId) is not { } check || CheckIds.MayOverride(check.IsMandatory, check.DefaultSeverity, severity)))
        {
            result = result with { Severity = severity };
        }

        var expected = profile.ExpectedFailures.FirstOrDefault(e =>
            CheckIds.Canonical(e.CheckId) == finding.CheckId
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
