using System.Text.Json.Nodes;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// One workflow. <see cref="Inputs"/> is its JSON Schema (a <c>$ref</c> to components resolved);
/// <see cref="Outputs"/> keep declaration order. <see cref="Optional"/>, <see cref="RunAlone"/> and
/// <see cref="Tags"/> come from <c>x-conformance-optional</c>, <c>x-conformance-run-alone</c> and
/// <c>x-conformance-tags</c>.
/// </summary>
public sealed record ArazzoWorkflow
{
    public required string WorkflowId { get; init; }
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public JsonNode? Inputs { get; init; }
    public IReadOnlyList<string> DependsOn { get; init; } = [];
    public required IReadOnlyList<ArazzoStep> Steps { get; init; }
    public IReadOnlyList<ArazzoAction> SuccessActions { get; init; } = [];
    public IReadOnlyList<ArazzoAction> FailureActions { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Outputs { get; init; } = [];
    public IReadOnlyList<ArazzoParameter> Parameters { get; init; } = [];
    public bool Optional { get; init; }

    /// <summary>
    /// The workflow observes or changes state other workflows share (everything changed since an
    /// instant, a full traversal, the provider's clock or settings): no other workflow runs beside it.
    /// </summary>
    public bool RunAlone { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>JSON pointer of the workflow in its file, e.g. <c>/workflows/2</c>.</summary>
    public required string Pointer { get; init; }
}
