using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>
/// What <c>$workflows.…</c> sees in a top-level run: the finished values of every workflow it
/// depends on, directly or not, and nothing of workflows that merely ran at the same time.
/// </summary>
internal static class DependencyValues
{
    public static Dictionary<string, WorkflowValues> Of(ArazzoWorkflow workflow, ArazzoDocument document, IReadOnlyDictionary<string, WorkflowValues> finished)
    {
        var visible = new Dictionary<string, WorkflowValues>(StringComparer.Ordinal);
        var pending = new Stack<string>(workflow.DependsOn);
        while (pending.TryPop(out var id))
        {
            if (!visible.ContainsKey(id) && finished.TryGetValue(id, out var values))
            {
                visible[id] = values;
                foreach (var next in document.FindWorkflow(id)?.DependsOn ?? [])
                {
                    pending.Push(next);
                }
            }
        }

        return visible;
    }
}
