using System.Text.Json.Nodes;

namespace Conformance.Runner.Arazzo;

/// <summary>The request body of a step; <see cref="Replacements"/> are applied after the payload is evaluated, in order.</summary>
public sealed record ArazzoRequestBody(string? ContentType, JsonNode? Payload, IReadOnlyList<ArazzoReplacement> Replacements);
