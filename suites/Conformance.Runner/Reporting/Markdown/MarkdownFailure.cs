using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Markdown;

/// <summary>One failed step, case or API with its blocking findings and the exchange that shows them (the last one).</summary>
internal sealed record MarkdownFailure(string Label, IReadOnlyList<Finding> Findings, ExchangeRecord? Exchange)
{
    public static IEnumerable<MarkdownFailure> All(RunResult run)
    {
        foreach (var api in run.Apis)
        {
            if (Of($"{api.ApiId} › provider", api.Findings, []) is { } provider)
            {
                yield return provider;
            }

            foreach (var flow in api.Flows)
            {
                if (Of($"{api.ApiId} › {flow.WorkflowId}", flow.Findings, []) is { } flowFailure)
                {
                    yield return flowFailure;
                }

                foreach (var step in flow.Steps)
                {
                    if (Of($"{api.ApiId} › {flow.WorkflowId} › {step.StepId}", step.Findings, step.Exchanges) is { } stepFailure)
                    {
                        yield return stepFailure;
                    }
                }
            }

            foreach (var generated in api.GeneratedCases)
            {
                if (Of($"{api.ApiId} › {generated.OperationId} › {generated.CaseId}", generated.Findings, generated.Exchanges) is { } caseFailure)
                {
                    yield return caseFailure;
                }
            }
        }
    }

    private static MarkdownFailure? Of(string label, IReadOnlyList<Finding> findings, IReadOnlyList<ExchangeRecord> exchanges)
    {
        var blocking = findings.Where(f => f.IsBlocking()).ToList();
        return blocking.Count == 0 ? null : new MarkdownFailure(label, blocking, exchanges.Count == 0 ? null : exchanges[^1]);
    }
}
