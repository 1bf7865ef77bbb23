using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>The inputs and outputs of a workflow run, for <c>$workflows.&lt;id&gt;.…</c>.</summary>
public sealed record WorkflowValues(IReadOnlyDictionary<string, JsonNode?> Inputs, IReadOnlyDictionary<string, JsonNode?> Outputs);
