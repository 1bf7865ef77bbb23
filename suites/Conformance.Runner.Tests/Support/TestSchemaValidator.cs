using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;
using NJsonSchema;

namespace Conformance.Runner.Tests.Support;

/// <summary>A schema validator for in-memory test specs (schemas without $ref), on NJsonSchema.</summary>
public sealed class TestSchemaValidator : ISchemaValidator
{
    private readonly ConcurrentDictionary<string, JsonSchema> cache = new();

    public SchemaValidationResult Validate(SpecSchema schema, JsonNode? instance) => Validate(schema, instance?.ToJsonString() ?? "null");

    public SchemaValidationResult Validate(SpecSchema schema, string json)
    {
        var compiled = cache.GetOrAdd(schema.Node.ToJsonString(), text => JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult());
        try
        {
            var errors = compiled.Validate(json);
            return new SchemaValidationResult(errors.Select(e => new SchemaFinding("/" + (e.Path ?? "#").TrimStart('#', '/').Replace('.', '/'), e.Kind.ToString(), e.ToString(), schema.Pointer)).ToList());
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return new SchemaValidationResult([new SchemaFinding(string.Empty, "json", e.Message, schema.Pointer)]);
        }
    }
}
