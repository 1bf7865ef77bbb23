using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.Catalog;

/// <summary>
/// Reads what <c>_filter</c>, <c>_fields</c> and <c>_sort</c> may name from the contract itself: the
/// entities of each cluster's list structure, their entity types (the <c>entityType</c> enum) and
/// their attributes with types (following <c>$ref</c> and <c>allOf</c>). So the contract stays the
/// single source of truth for the query language.
/// </summary>
public static class SiviAfsCatalogReader
{
    public static SiviAfsStructure Read(JsonObject document, SiviAfsCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cluster);
        var list = Resolve(document, Pointer(document, cluster.ListSchema));
        var entities = new List<SiviAfsEntity>();
        foreach (var (name, schema) in list?["properties"] as JsonObject ?? [])
        {
            if (name == "commonFunctional")
            {
                continue;
            }

            var properties = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            Collect(document, Resolve(document, schema)?["items"], properties);
            var types = Resolve(document, properties.GetValueOrDefault("entityType"))?["enum"] as JsonArray ?? [];
            var attributes = properties.ToDictionary(p => p.Key, p => Attribute(document, p.Key, p.Value), StringComparer.Ordinal);
            entities.Add(new SiviAfsEntity(name, types.Select(t => t!.GetValue<string>()).ToHashSet(StringComparer.Ordinal), attributes));
        }

        return new SiviAfsStructure(cluster, entities);
    }

    private static SiviAfsAttribute Attribute(JsonObject document, string name, JsonNode? schema)
    {
        var resolved = Resolve(document, schema);
        var isArray = resolved?["type"]?.GetValue<string>() == "array";
        var scalar = isArray ? Resolve(document, resolved!["items"]) : resolved;
        var kind = (scalar?["type"]?.GetValue<string>(), scalar?["format"]?.GetValue<string>()) switch
        {
            ("string", "date") => SiviAfsAttributeKind.Date,
            ("integer", _) => SiviAfsAttributeKind.Integer,
            ("number", _) => SiviAfsAttributeKind.Decimal,
            ("boolean", _) => SiviAfsAttributeKind.Boolean,
            _ => SiviAfsAttributeKind.String,
        };
        return new SiviAfsAttribute(name, kind, isArray);
    }

    private static void Collect(JsonObject document, JsonNode? schema, Dictionary<string, JsonNode?> into)
    {
        var resolved = Resolve(document, schema);
        foreach (var (name, property) in resolved?["properties"] as JsonObject ?? [])
        {
            into.TryAdd(name, property);
        }

        foreach (var part in resolved?["allOf"] as JsonArray ?? [])
        {
            Collect(document, part, into);
        }
    }

    /// <summary>Follows <c>$ref</c>s to the schema they name; keywords beside a <c>$ref</c> (a description) are not needed here.</summary>
    private static JsonObject? Resolve(JsonObject document, JsonNode? schema)
    {
        for (var hops = 0; hops < 16 && schema is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            schema = Pointer(document, reference);
        }

        return schema as JsonObject;
    }

    private static JsonNode? Pointer(JsonObject document, string reference)
    {
        JsonNode? node = document;
        foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = (node as JsonObject)?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node;
    }
}
