using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>The mutable state of one workflow run (one per workflow, nested runs included).</summary>
internal sealed class WorkflowRun(ArazzoWorkflow workflow, string runId, Dictionary<string, JsonNode?> inputs, RunBudget budget)
{
    public ArazzoWorkflow Workflow { get; } = workflow;
    public string RunId { get; } = runId;
    public Dictionary<string, JsonNode?> Inputs { get; } = inputs;
    public Dictionary<string, IReadOnlyDictionary<string, JsonNode?>> StepOutputs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Outputs { get; } = new(StringComparer.Ordinal);
    public RunBudget Budget { get; } = budget;

    /// <summary>The outbound exchanges checked so far in this run, for checks that judge several answers together.</summary>
    public List<Checks.ExchangeContext> Exchanges { get; } = [];

    public ExpressionScope Scope(ArazzoDocument document, IReadOnlyDictionary<string, WorkflowValues> workflows) => new()
    {
        Inputs = Inputs,
        Outputs = Outputs,
        Steps = StepOutputs,
        Workflows = workflows,
        SourceDescriptionUrls = document.SourceDescriptions.ToDictionary(s => s.Name, s => s.Url),
        ComponentInputs = document.Components.Inputs,
        ComponentParameters = document.Components.Parameters.ToDictionary(p => p.Key, p => p.Value.Value),
    };
}
