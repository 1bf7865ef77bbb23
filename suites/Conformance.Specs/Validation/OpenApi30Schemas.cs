using System.Text.Json.Nodes;

namespace Conformance.Specs.Validation;

/// <summary>
/// OpenAPI 3.0 Schema Objects are not JSON Schema 2020-12: <c>nullable: true</c> widens the type to
/// null, and <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> are booleans beside
/// <c>minimum</c>/<c>maximum</c>. A 3.0 document is translated to 2020-12 once, on a copy, before
/// its schemas are built; 3.1 documents are taken as written.
/// </summary>
internal static class OpenApi30Schemas
{
    public static bool Applies(JsonNode? document) =>
        document is JsonObject root && root["openapi"] is JsonValue version && version.TryGetValue<string>(out var text)
        && text.StartsWith("3.0", StringComparison.Ordinal);

    public static JsonNode Translate(JsonNode document)
    {
        var copy = document.DeepClone();
        Walk(copy, 0);
        return copy;
    }

    private static void Walk(JsonNode? node, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Walk(item, depth + 1);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        if (obj["nullable"] is JsonValue nullable && nullable.TryGetValue<bool>(out var isNullable) && isNullable)
        {
            if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name))
            {
                obj["type"] = new JsonArray(name, "null");
            }

            if (obj["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }
        }

        Exclusive(obj, "exclusiveMinimum", "minimum");
        Exclusive(obj, "exclusiveMaximum", "maximum");
        foreach (var (_, child) in obj.ToList())
        {
            Walk(child, depth + 1);
        }
    }

    private static void Exclusive(JsonObject obj, string exclusive, string bound)
    {
        if (obj[exclusive] is JsonValue flag && flag.TryGetValue<bool>(out var isExclusive))
        {
            obj.Remove(exclusive);
            if (isExclusive && obj[bound] is { } limit)
            {
                obj.Remove(bound);
                obj[exclusive] = limit;
            }
        }
    }
}
