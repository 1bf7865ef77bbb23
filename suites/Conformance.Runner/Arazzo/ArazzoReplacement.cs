using System.Text.Json.Nodes;

namespace Conformance.Runner.Arazzo;

/// <summary>A payload replacement: <see cref="Target"/> is a JSON pointer into the payload.</summary>
public sealed record ArazzoReplacement(string Target, JsonNode? Value);
