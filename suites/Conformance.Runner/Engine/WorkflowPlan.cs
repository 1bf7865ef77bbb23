using Conformance.Runner.Arazzo;
using Conformance.Runner.Profiles;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Which workflows of a document run, in which order: the filter's workflows plus everything
/// they depend on, ordered so dependencies come first (document order otherwise). Optional
/// workflows (<c>x-conformance-optional</c>) are omitted unless the profile lists every operation
/// they call as implemented.
/// </summary>
public static class WorkflowPlan
{
    public static IReadOnlyList<ArazzoWorkflow> Order(ArazzoDocument document, IReadOnlyCollection<string> filter)
    {
        var selected = filter.Count == 0
            ? document.Workflows.ToList()
            : document.Workflows.Where(w => filter.Contains(w.WorkflowId)).ToList();
        var ordered = new List<ArazzoWorkflow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ArazzoWorkflow workflow)
        {
            if (!seen.Add(workflow.WorkflowId))
            {
                return;
            }

            foreach (var dependency in workflow.DependsOn.Select(document.FindWorkflow).OfType<ArazzoWorkflow>())
            {
                Visit(dependency);
            }

            ordered.Add(workflow);
        }

        selected.ForEach(Visit);
        return ordered;
    }

    /// <summary>Why an optional workflow is omitted for this provider; null when it runs.</summary>
    public static string? OmissionReason(ArazzoWorkflow workflow, ApiSpec spec, ApiProfile? profile)
    {
        if (!workflow.Optional)
        {
            return null;
        }

        var used = workflow.Steps.Select(s => s.OperationId).OfType<string>()
            .Where(id => SpecLookup.FindOperation(spec, id) is not null).Distinct().ToList();
        var implemented = profile?.ImplementedOptionalOperations ?? new HashSet<string>();
        var missing = used.Where(id => !implemented.Contains(id)).ToList();
        return missing.Count == 0 ? null : $"optional workflow: the profile does not list {string.Join(", ", missing)} as implemented";
    }
}
