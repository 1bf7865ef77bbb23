using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Model;

namespace Conformance.Specs.Validation;

/// <summary>
/// Validates JSON instances against schemas of one document. Compiled schemas are cached, so
/// repeated validation against the same schema is cheap; implementations are thread-safe.
/// </summary>
public interface ISchemaValidator
{
    SchemaValidationResult Validate(SpecSchema schema, JsonNode? instance);

    /// <summary>Validates raw JSON text; text that is not JSON gives one finding at pointer "".</summary>
    SchemaValidationResult Validate(SpecSchema schema, string json);

    /// <summary>
    /// Whether <paramref name="instance"/> is valid, without findings: the cheap question asked
    /// first, so findings are only gathered (by the other overloads) for an invalid instance.
    /// </summary>
    bool IsValid(SpecSchema schema, JsonElement instance) => Validate(schema, JsonSerializer.SerializeToNode(instance)).IsValid;
}
