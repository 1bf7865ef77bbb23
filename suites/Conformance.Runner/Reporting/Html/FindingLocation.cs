using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Html;

/// <summary>A finding with where it happened: the fragment id of its step, case, flow or API, and a readable path.</summary>
internal sealed record FindingLocation(Finding Finding, string Anchor, string Label)
{
    public static IEnumerable<FindingLocation> All(RunResult run)
    {
        foreach (var api in run.Apis)
        {
            foreach (var finding in api.Findings)
            {
                yield return new(finding, Anchors.Api(api.ApiId), $"{api.ApiId} › provider");
            }

            foreach (var flow in api.Flows)
            {
                foreach (var finding in flow.Findings)
                {
                    yield return new(finding, Anchors.Flow(api.ApiId, flow.WorkflowId), $"{api.ApiId} › {flow.WorkflowId}");
                }

                for (var i = 0; i < flow.Steps.Count; i++)
                {
                    foreach (var finding in flow.Steps[i].Findings)
                    {
                        yield return new(finding, Anchors.Step(api.ApiId, flow.WorkflowId, i), $"{api.ApiId} › {flow.WorkflowId} › {flow.Steps[i].StepId}");
                    }
                }
            }

            foreach (var generated in api.GeneratedCases)
            {
                foreach (var finding in generated.Findings)
                {
                    yield return new(finding, Anchors.Case(api.ApiId, generated.CaseId), $"{api.ApiId} › {generated.OperationId} › {generated.CaseId}");
                }
            }
        }
    }
}
