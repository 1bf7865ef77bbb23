using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Valid sample values from schemas: the schema's <c>example</c>/<c>examples</c>, <c>default</c>,
/// first <c>enum</c>/<c>const</c>, else a value of the type and format (objects get their required
/// properties). <c>$ref</c>s are resolved in the document. Null when nothing sensible exists.
/// </summary>
public sealed class SchemaSamples(ApiSpec spec)
{
    private const int MaxDepth = 8;

    public JsonObject? Resolve(JsonNode? schema)
    {
        var current = schema as JsonObject;
        for (var i = 0; i < MaxDepth && current?["$ref"] is JsonValue r && JsonValues.TryGetString(r, out var reference); i++)
        {
            var pointer = reference.StartsWith('#') ? reference[1..] : reference;
            current = JsonPointer.Resolve(spec.Document, pointer).Value as JsonObject;
        }

        return current;
    }

    public JsonNode? Sample(JsonNode? schemaNode, int depth = 0)
    {
        var schema = Resolve(schemaNode);
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }

        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["examples"] is JsonArray { Count: > 0 } examples)
        {
            return examples[0]?.DeepClone();
        }

        if (schema["default"] is { } fallback)
        {
            return fallback.DeepClone();
        }

        if (schema["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        if (schema["allOf"] is JsonArray { Count: > 0 } all)
        {
            var merged = new JsonObject();
            foreach (var part in all.Select(p => Sample(p, depth + 1)).OfType<JsonObject>())
            {
                foreach (var (k, v) in part)
                {
                    merged[k] = v?.DeepClone();
                }
            }

            return merged;
        }

        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray { Count: > 0 } choices)
        {
            return Sample(choices[0], depth + 1);
        }

        return TypeOf(schema) switch
        {
            "object" => SampleObject(schema, depth),
            "array" => Sample(schema["items"], depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            "integer" => JsonValue.Create(Minimum(schema, 1)),
            "number" => JsonValue.Create((double)Minimum(schema, 1)),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(SampleString(schema)),
            _ => null,
        };
    }

    public static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue v when JsonValues.TryGetString(v, out var t) => t,
        JsonArray types => types.Select(JsonValues.ToText).FirstOrDefault(t => t != "null"),
        _ => schema.ContainsKey("properties") ? "object" : null,
    };

    private JsonObject SampleObject(JsonObject schema, int depth)
    {
        var result = new JsonObject();
        var required = (schema["required"] as JsonArray)?.Select(JsonValues.ToText).ToList() ?? [];
        var properties = schema["properties"] as JsonObject;
        foreach (var name in required)
        {
            result[name] = Sample(properties?[name], depth + 1);
        }

        return result;
    }

    private static long Minimum(JsonObject schema, long fallback) =>
        JsonValues.TryGetNumber(schema["minimum"], out var min) ? (long)Math.Ceiling(min) : fallback;

    private static string SampleString(JsonObject schema) => (schema["format"] is { } f ? JsonValues.ToText(f) : null) switch
    {
        "date-time" => "2026-01-01T00:00:00Z",
        "date" => "2026-01-01",
        "email" => "conformance@example.org",
        "uri" or "url" => "https://example.org/",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        _ => "sample",
    };
}
