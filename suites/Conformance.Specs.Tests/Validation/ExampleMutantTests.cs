using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model;

namespace Conformance.Specs.Tests.Validation;

/// <summary>
/// Mutants of every object example in the four contracts (and of the first item of array examples):
/// a required member dropped, a member added where the schema is closed, a string member given a
/// number, a value outside its enum, a bad date, date-time, UUID, URI or e-mail. Each mutant must be
/// judged invalid (its example is judged valid by <see cref="ContractExampleTests"/>). Only members
/// whose schema says so directly (or through one <c>$ref</c>) are mutated, and never under a
/// combinator, so every mutant is invalid by construction.
/// </summary>
public sealed class ExampleMutantTests
{
    private static readonly Dictionary<string, string> BadFormats = new(StringComparer.Ordinal)
    {
        ["date"] = "2024-02-30",
        ["date-time"] = "2024-01-31T10:00:00",
        ["uuid"] = "3fa85f6457174562b3fc2c963f66afa6",
        ["uri"] = "not a uri",
        ["email"] = "not-an-email",
    };

    internal static IEnumerable<TestCaseData> MutantCases()
    {
        foreach (var id in ContractFixtures.ApiIds())
        {
            if (ContractFixtures.Load(id).Spec is not { } spec)
            {
                continue;
            }

            foreach (var example in ExampleCatalog.Collect(spec))
            {
                foreach (var (name, mutant) in Mutate(spec.Document, example))
                {
                    yield return new TestCaseData(id, example.Schema.Pointer, mutant.ToJsonString())
                        .SetName($"Mutant_{id}_{example.Example.Pointer}_{name}_IsInvalid");
                }
            }
        }
    }

    [TestCaseSource(nameof(MutantCases))]
    public void Validate_MutantOfAContractExample_IsInvalid(string apiId, string schemaPointer, string mutant)
    {
        var spec = ContractFixtures.Load(apiId).Spec!;
        var schema = spec.FindSchema(schemaPointer) ?? new SpecSchema(schemaPointer, JsonPointer.Resolve(spec.Document, JsonPointer.Normalize(schemaPointer))!);

        var result = spec.Validator.Validate(schema, mutant);

        Assert.That(result.IsValid, Is.False, mutant);
    }

    [Test]
    public void Mutants_OfTheFourContracts_AreMany()
    {
        Assert.That(MutantCases().Count(), Is.GreaterThan(50));
    }

    private static IEnumerable<(string Name, JsonNode Mutant)> Mutate(JsonObject document, SchemaExample example)
    {
        var schema = Resolve(document, example.Schema.Node);
        if (example.Example.Value is JsonArray { Count: > 0 } array && schema?["items"] is { } items && Resolve(document, items) is { } itemSchema)
        {
            foreach (var (name, item) in MutateObject(document, array[0], itemSchema))
            {
                var copy = array.DeepClone().AsArray();
                copy[0] = item;
                yield return ("item0-" + name, copy);
            }

            yield break;
        }

        if (schema is not null)
        {
            foreach (var mutant in MutateObject(document, example.Example.Value, schema))
            {
                yield return mutant;
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode Mutant)> MutateObject(JsonObject document, JsonNode? value, JsonObject schema)
    {
        if (value is not JsonObject obj || HasCombinator(schema))
        {
            yield break;
        }

        if (schema["required"] is JsonArray { Count: > 0 } required && required[0]?.GetValue<string>() is { } first && obj.ContainsKey(first))
        {
            var copy = obj.DeepClone().AsObject();
            copy.Remove(first);
            yield return ($"without-{first}", copy);
        }

        if (schema["additionalProperties"] is JsonValue closed && closed.TryGetValue<bool>(out var allowed) && !allowed && schema["patternProperties"] is null)
        {
            var copy = obj.DeepClone().AsObject();
            copy["unexpectedMember"] = 1;
            yield return ("extra-member", copy);
        }

        if (schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, propertySchemaNode) in properties)
        {
            if (!obj.ContainsKey(name) || Resolve(document, propertySchemaNode) is not { } property || HasCombinator(property))
            {
                continue;
            }

            if (property["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && typeName == "string")
            {
                yield return ($"{name}-number", With(obj, name, 12345));
            }

            if (property["enum"] is JsonArray values && values.All(v => v is JsonValue s && s.TryGetValue<string>(out _)))
            {
                yield return ($"{name}-outside-enum", With(obj, name, "value-outside-the-enum"));
            }

            if (property["format"] is JsonValue format && format.TryGetValue<string>(out var formatName) && BadFormats.TryGetValue(formatName, out var bad)
                && property["type"] is JsonValue t && t.TryGetValue<string>(out var tn) && tn == "string")
            {
                yield return ($"{name}-bad-{formatName}", With(obj, name, bad));
            }
        }
    }

    private static JsonObject With(JsonObject obj, string name, JsonNode value)
    {
        var copy = obj.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }

    private static bool HasCombinator(JsonObject schema) =>
        schema.ContainsKey("oneOf") || schema.ContainsKey("anyOf") || schema.ContainsKey("allOf") || schema.ContainsKey("not") || schema.ContainsKey("if");

    /// <summary>The schema object itself, or the one its only <c>$ref</c> names (one level, no siblings).</summary>
    private static JsonObject? Resolve(JsonObject document, JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return null;
        }

        if (schema["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target))
        {
            return schema.Count == 1 && target.StartsWith('#') ? JsonPointer.Resolve(document, JsonPointer.Normalize(target)) as JsonObject : null;
        }

        return schema;
    }
}
