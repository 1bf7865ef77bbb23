using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Markdown;

/// <summary>
/// Every place of a run that carries findings, labelled as the summary names it (<c>api › workflow ›
/// step</c>, <c>api › operation › case</c>), in report order: the API, each flow and its steps, the
/// generated cases.
/// </summary>
internal sealed record MarkdownPlace(string Label, IReadOnlyList<Finding> Findings, IReadOnlyList<ExchangeRecord> Exchanges)
{
    public static IEnumerable<MarkdownPlace> All(RunResult run)
    {
        foreach (var api in run.Apis)
        {
            yield return new($"{api.ApiId} › provider", api.Findings, []);
            foreach (var flow in api.Flows)
            {
                yield return new($"{api.ApiId} › {flow.WorkflowId}", flow.Findings, []);
                foreach (var step in flow.Steps)
                {
                    yield return new($"{api.ApiId} › {flow.WorkflowId} › {step.StepId}", step.Findings, step.Exchanges);
                }
            }

            foreach (var generated in api.GeneratedCases)
            {
                yield return new($"{api.ApiId} › {generated.OperationId} › {generated.CaseId}", generated.Findings, generated.Exchanges);
            }
        }
    }
}
