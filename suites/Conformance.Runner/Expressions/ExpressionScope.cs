using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// Everything a runtime expression can read at one point of a run. The engine builds one per
/// evaluation point; expressions never change it.
/// </summary>
public sealed record ExpressionScope
{
    private static readonly IReadOnlyDictionary<string, JsonNode?> NoValues = new Dictionary<string, JsonNode?>();

    public string? Url { get; init; }
    public string? Method { get; init; }
    public int? StatusCode { get; init; }
    public MessageView Request { get; init; } = MessageView.Empty;
    public MessageView Response { get; init; } = MessageView.Empty;
    public IReadOnlyDictionary<string, JsonNode?> Inputs { get; init; } = NoValues;

    /// <summary>Outputs of the current workflow evaluated so far.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Outputs { get; init; } = NoValues;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonNode?>> Steps { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>();

    public IReadOnlyDictionary<string, WorkflowValues> Workflows { get; init; } = new Dictionary<string, WorkflowValues>();
    public IReadOnlyDictionary<string, string> SourceDescriptionUrls { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, JsonNode?> ComponentInputs { get; init; } = NoValues;
    public IReadOnlyDictionary<string, JsonNode?> ComponentParameters { get; init; } = NoValues;
}
