using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Runner.Tests.Support;

/// <summary>A schema validator for in-memory test specs (schemas without $ref): each schema judged as a document of its own.</summary>
public sealed class TestSchemaValidator : ISchemaValidator
{
    private readonly ConcurrentDictionary<string, (JsonSchemaValidator Validator, SpecSchema Root)> cache = new();

    public SchemaValidationResult Validate(SpecSchema schema, JsonNode? instance) => Validate(schema, instance?.ToJsonString() ?? "null");

    public SchemaValidationResult Validate(SpecSchema schema, string json)
    {
        var (validator, root) = cache.GetOrAdd(schema.Node.ToJsonString(), text =>
        {
            var node = JsonNode.Parse(text)!;
            return (new JsonSchemaValidator(node), new SpecSchema(string.Empty, node));
        });
        var result = validator.Validate(root, json);
        return new SchemaValidationResult([.. result.Findings.Select(f => f with { SchemaPointer = schema.Pointer + f.SchemaPointer })]);
    }
}
