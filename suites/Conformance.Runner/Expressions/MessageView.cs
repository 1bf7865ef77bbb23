using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// A request or response as expressions see it. Header names are compared case-insensitively
/// (RFC 9110 §5.1); <see cref="Body"/> is the body parsed once as JSON (null when absent or not
/// JSON) and <see cref="BodyText"/> the raw text.
/// </summary>
public sealed record MessageView
{
    public static MessageView Empty { get; } = new();

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Path { get; init; } = new Dictionary<string, string>();
    public JsonNode? Body { get; init; }
    public string? BodyText { get; init; }
}
