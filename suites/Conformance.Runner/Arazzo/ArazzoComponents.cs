using System.Text.Json.Nodes;

namespace Conformance.Runner.Arazzo;

/// <summary>The <c>components</c> object: reusable inputs schemas, parameters and actions by name.</summary>
public sealed record ArazzoComponents
{
    public static ArazzoComponents Empty { get; } = new();

    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; init; } = new Dictionary<string, JsonNode?>();
    public IReadOnlyDictionary<string, ArazzoParameter> Parameters { get; init; } = new Dictionary<string, ArazzoParameter>();
    public IReadOnlyDictionary<string, ArazzoAction> SuccessActions { get; init; } = new Dictionary<string, ArazzoAction>();
    public IReadOnlyDictionary<string, ArazzoAction> FailureActions { get; init; } = new Dictionary<string, ArazzoAction>();
}
