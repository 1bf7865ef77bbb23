using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Cli.Diff;

/// <summary>The failing checks of two runs compared per API, APIs in ordinal order.</summary>
public sealed record RunDiff(IReadOnlyList<ApiDiff> Apis)
{
    public bool HasNewFailures => Apis.Any(a => a.NewlyFailing.Count > 0);

    public static RunDiff Compare(RunResult old, RunResult @new)
    {
        var before = Failing(old);
        var after = Failing(@new);
        var apis = old.Apis.Select(a => a.ApiId).Union(@new.Apis.Select(a => a.ApiId), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new RunDiff([.. apis.Select(api =>
        {
            var inOld = old.Apis.Any(a => a.ApiId == api);
            var inNew = @new.Apis.Any(a => a.ApiId == api);
            var was = before.Where(f => f.ApiId == api).ToHashSet();
            var now = after.Where(f => f.ApiId == api).ToHashSet();
            return new ApiDiff
            {
                ApiId = api,
                InOld = inOld,
                InNew = inNew,
                NewlyFailing = Sorted(now.Except(was)),
                Fixed = inNew ? Sorted(was.Except(now)) : [],
                StillFailing = Sorted(now.Intersect(was)),
            };
        })]);
    }

    /// <summary>Every blocking finding of a run, once per (API, check, location).</summary>
    public static IReadOnlySet<FailingCheck> Failing(RunResult run)
    {
        var failing = new HashSet<FailingCheck>();
        foreach (var api in run.Apis)
        {
            Add(failing, api.ApiId, "provider", api.Findings);
            foreach (var flow in api.Flows)
            {
                Add(failing, api.ApiId, flow.WorkflowId, flow.Findings);
                foreach (var step in flow.Steps)
                {
                    Add(failing, api.ApiId, $"{flow.WorkflowId} › {step.StepId}", step.Findings);
                }
            }

            foreach (var generated in api.GeneratedCases)
            {
                Add(failing, api.ApiId, $"{generated.OperationId} › {generated.CaseId}", generated.Findings);
            }
        }

        return failing;
    }

    private static List<FailingCheck> Sorted(IEnumerable<FailingCheck> checks) =>
        [.. checks.OrderBy(c => c.Location, StringComparer.Ordinal).ThenBy(c => c.CheckId, StringComparer.Ordinal)];

    private static void Add(HashSet<FailingCheck> failing, string apiId, string location, IEnumerable<Finding> findings)
    {
        foreach (var finding in findings.Where(f => f.IsBlocking()))
        {
            failing.Add(new FailingCheck(apiId, finding.CheckId, location));
        }
    }
}
