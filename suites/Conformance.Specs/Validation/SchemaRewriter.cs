using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Validation;

/// <summary>
/// Turns an OpenAPI schema (and, transitively, every schema it references) into one self-contained
/// draft-4-style document NJsonSchema 10 can read: each referenced schema becomes an entry of
/// <c>definitions</c> and every local <c>$ref</c> is rewritten to point there. OpenAPI 3.1 nuances:
/// <c>const</c> becomes a one-value <c>enum</c>; <c>prefixItems</c> becomes tuple <c>items</c>;
/// boolean schemas become <c>{}</c>/<c>{"not":{}}</c>; a <c>$ref</c> with sibling keywords becomes
/// <c>allOf</c>; OpenAPI 3.0 <c>nullable: true</c> adds <c>"null"</c> to the type. Annotations that do
/// not validate (<c>example(s)</c>, <c>readOnly</c>, <c>writeOnly</c>, <c>discriminator</c>, <c>xml</c>,
/// <c>x-*</c>, <c>$id</c>, …) are dropped. External or dangling references accept anything (loading
/// reports them).
/// </summary>
internal sealed class SchemaRewriter
{
    private static readonly HashSet<string> SchemaValued = ["items", "additionalProperties", "additionalItems", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems"];
    private static readonly HashSet<string> SchemaMaps = ["properties", "patternProperties", "dependentSchemas"];
    private static readonly HashSet<string> SchemaLists = ["allOf", "anyOf", "oneOf"];
    private static readonly HashSet<string> Dropped = ["example", "examples", "readOnly", "writeOnly", "discriminator", "xml", "externalDocs", "$id", "$schema", "$anchor", "$dynamicAnchor", "$dynamicRef", "$comment", "$defs", "definitions", "deprecated", "nullable", "title", "description", "default", "contentMediaType", "contentEncoding"];
    private static readonly HashSet<string> Annotations = ["description", "title"];

    private readonly JsonObject document;
    private readonly bool openApi30;
    private readonly string rootPointer;
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Queue<string> pending = new();

    private SchemaRewriter(JsonObject document, string rootPointer)
    {
        this.document = document;
        this.rootPointer = rootPointer;
        openApi30 = document.String("openapi")?.StartsWith("3.0", StringComparison.Ordinal) ?? false;
    }

    /// <summary>The self-contained schema and, for each <c>definitions</c> key, the pointer it came from.</summary>
    public static (JsonObject Schema, IReadOnlyDictionary<string, string> Definitions) Rewrite(JsonObject document, JsonNode? schema, string pointer)
    {
        var rewriter = new SchemaRewriter(document, pointer);
        var root = rewriter.RewriteSchema(schema, pointer, 0);
        var definitions = new JsonObject();
        while (rewriter.pending.TryDequeue(out var target))
        {
            definitions[rewriter.keys[target]] = rewriter.RewriteSchema(JsonPointer.Resolve(document, target), target, 0);
        }

        if (definitions.Count > 0)
        {
            root["definitions"] = definitions;
        }

        return (root, rewriter.keys.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal));
    }

    private JsonObject RewriteSchema(JsonNode? node, string pointer, int depth)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.False)
        {
            return new JsonObject { ["not"] = new JsonObject() };
        }

        if (node is not JsonObject schema || depth > Loading.ParseLimits.MaxDepth)
        {
            return [];
        }

        var result = new JsonObject();
        foreach (var (key, child) in schema)
        {
            if (Dropped.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var childPointer = JsonPointer.Append(pointer, key);
            switch (key)
            {
                case "$ref":
                    if (Reference(child.AsString()) is { } reference)
                    {
                        result["$ref"] = reference;
                    }

                    break;
                case "const":
                    result["enum"] = new JsonArray(child?.DeepClone());
                    break;
                case "prefixItems" when child is JsonArray tuple:
                    result["items"] = new JsonArray([.. tuple.Select((s, i) => (JsonNode)RewriteSchema(s, JsonPointer.Append(childPointer, i), depth + 1))]);
                    break;
                case "items" when schema.ContainsKey("prefixItems"):
                    result["additionalItems"] = RewriteSchema(child, childPointer, depth + 1);
                    break;
                case "items" when child is JsonArray tuple:
                    result["items"] = new JsonArray([.. tuple.Select((s, i) => (JsonNode)RewriteSchema(s, JsonPointer.Append(childPointer, i), depth + 1))]);
                    break;
                case "additionalProperties" or "additionalItems" when child is JsonValue flag:
                    result[key] = flag.DeepClone();
                    break;
                case var _ when SchemaValued.Contains(key):
                    result[key] = RewriteSchema(child, childPointer, depth + 1);
                    break;
                case var _ when SchemaMaps.Contains(key) && child is JsonObject map:
                    result[key] = new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)RewriteSchema(p.Value, JsonPointer.Append(childPointer, p.Key), depth + 1))));
                    break;
                case var _ when SchemaLists.Contains(key) && child is JsonArray list:
                    result[key] = new JsonArray([.. list.Select((s, i) => (JsonNode)RewriteSchema(s, JsonPointer.Append(childPointer, i), depth + 1))]);
                    break;
                default:
                    result[key] = child?.DeepClone();
                    break;
            }
        }

        if (openApi30 && schema.Bool("nullable") == true)
        {
            AddNullType(result);
        }

        return result.ContainsKey("$ref") && result.Any(p => p.Key != "$ref" && !Annotations.Contains(p.Key)) ? WrapReference(result) : result;
    }

    private string? Reference(string? reference)
    {
        if (reference is null || !reference.StartsWith('#'))
        {
            return null;
        }

        var target = JsonPointer.Normalize(reference);
        if (!EndsInSchema(target))
        {
            return null;
        }

        if (target == rootPointer)
        {
            return "#";
        }

        if (!keys.TryGetValue(target, out var key))
        {
            key = "d" + keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            keys[target] = key;
            pending.Enqueue(target);
        }

        return "#/definitions/" + key;
    }

    /// <summary>False for a dangling target or a cycle of bare references, which accept anything.</summary>
    private bool EndsInSchema(string target)
    {
        for (var hop = 0; hop <= Model.Building.RefResolver.MaxHops; hop++)
        {
            switch (JsonPointer.Resolve(document, target))
            {
                case JsonObject obj when obj.String("$ref") is { } next && next.StartsWith('#'):
                    target = JsonPointer.Normalize(next);
                    continue;
                case JsonObject:
                case JsonValue:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static JsonObject WrapReference(JsonObject schema)
    {
        var reference = schema["$ref"]?.DeepClone();
        schema.Remove("$ref");
        var allOf = schema["allOf"] as JsonArray ?? [];
        schema.Remove("allOf");
        allOf.Add(reference is null ? new JsonObject() : new JsonObject { ["$ref"] = reference });
        schema["allOf"] = allOf;
        return schema;
    }

    private static void AddNullType(JsonObject schema)
    {
        switch (schema["type"])
        {
            case JsonValue single when single.AsString() is { } type && type != "null":
                schema["type"] = new JsonArray(type, "null");
                break;
            case JsonArray types when !types.Any(t => t.AsString() == "null"):
                types.Add("null");
                break;
        }
    }
}
