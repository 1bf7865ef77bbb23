using System.Text.Json.Nodes;

namespace Conformance.Specs.Model;

/// <summary>
/// A schema in the document, identified by the JSON pointer where it is written (for a <c>$ref</c>,
/// the pointer of the referenced schema). Validate instances with <see cref="ApiSpec.Validator"/>.
/// </summary>
public sealed record SpecSchema(string Pointer, JsonNode Node);
