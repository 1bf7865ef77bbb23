using System.Text.Json.Nodes;

namespace Conformance.Specs.Model;

/// <summary>One media type of a body with its schema and examples (<c>example</c> and <c>examples</c> merged).</summary>
public sealed record SpecMediaType(string MediaType, SpecSchema? Schema, IReadOnlyList<SpecExample> Examples);

/// <summary>An example value; <see cref="Pointer"/> locates it in the document.</summary>
public sealed record SpecExample(string Name, JsonNode? Value, string Pointer);
