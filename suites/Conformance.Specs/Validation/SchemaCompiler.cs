using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using NJsonSchema;

namespace Conformance.Specs.Validation;

/// <summary>Builds a <see cref="CompiledSchema"/> from a schema of a document (see <see cref="SchemaRewriter"/>).</summary>
internal static class SchemaCompiler
{
    public static CompiledSchema Compile(JsonObject document, JsonNode? schema, string pointer)
    {
        try
        {
            var (rewritten, definitions) = SchemaRewriter.Rewrite(document, schema, pointer);

            // NJsonSchema reads synchronously when there is no external reference to fetch, and we leave none.
            var compiled = JsonSchema.FromJsonAsync(rewritten.ToJsonString()).GetAwaiter().GetResult();
            var pointers = new Dictionary<JsonSchema, string>(ReferenceEqualityComparer.Instance);
            foreach (var (key, source) in definitions)
            {
                if (compiled.Definitions.TryGetValue(key, out var definition))
                {
                    Map(definition, source, pointers);
                }
            }

            Map(compiled, pointer, pointers);
            return new CompiledSchema(compiled, pointers, pointer, null);
        }
#pragma warning disable CA1031 // A schema NJsonSchema cannot read is a property of the document, reported as a finding.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CompiledSchema(null, new Dictionary<JsonSchema, string>(), pointer, ex.Message);
        }
    }

    /// <summary>Records the document pointer of each schema object reachable without following references.</summary>
    private static void Map(JsonSchema schema, string pointer, Dictionary<JsonSchema, string> pointers)
    {
        if (!pointers.TryAdd(schema, pointer))
        {
            return;
        }

        foreach (var (name, property) in schema.Properties)
        {
            Map(property, JsonPointer.Append(pointer, "properties", name), pointers);
        }

        foreach (var (pattern, property) in schema.PatternProperties)
        {
            Map(property, JsonPointer.Append(pointer, "patternProperties", pattern), pointers);
        }

        if (schema.Item is { } item)
        {
            Map(item, JsonPointer.Append(pointer, "items"), pointers);
        }

        var index = 0;
        foreach (var tupleItem in schema.Items)
        {
            Map(tupleItem, JsonPointer.Append(pointer, "items", index++.ToString(System.Globalization.CultureInfo.InvariantCulture)), pointers);
        }

        MapAll(schema.AllOf, JsonPointer.Append(pointer, "allOf"), pointers);
        MapAll(schema.AnyOf, JsonPointer.Append(pointer, "anyOf"), pointers);
        MapAll(schema.OneOf, JsonPointer.Append(pointer, "oneOf"), pointers);
        if (schema.Not is { } not)
        {
            Map(not, JsonPointer.Append(pointer, "not"), pointers);
        }

        if (schema.AdditionalPropertiesSchema is { } additional)
        {
            Map(additional, JsonPointer.Append(pointer, "additionalProperties"), pointers);
        }

        if (schema.AdditionalItemsSchema is { } additionalItems)
        {
            Map(additionalItems, JsonPointer.Append(pointer, "additionalItems"), pointers);
        }
    }

    private static void MapAll(ICollection<JsonSchema> schemas, string pointer, Dictionary<JsonSchema, string> pointers)
    {
        var index = 0;
        foreach (var schema in schemas)
        {
            Map(schema, JsonPointer.Append(pointer, index++), pointers);
        }
    }
}
