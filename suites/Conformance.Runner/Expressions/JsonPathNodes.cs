using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>Node navigation for JSONPath selectors (RFC 9535 §2.3 and §2.4 semantics).</summary>
internal static class JsonPathNodes
{
    public static ExpressionResult Length(JsonNode? value) => value switch
    {
        JsonArray a => ExpressionResult.Of(JsonValue.Create(a.Count)),
        JsonObject o => ExpressionResult.Of(JsonValue.Create(o.Count)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => ExpressionResult.Of(JsonValue.Create(v.GetValue<string>().Length)),
        _ => ExpressionResult.Undefined,
    };

    public static ExpressionResult Single(List<JsonNode?> nodes) => nodes.Count == 1 ? ExpressionResult.Of(nodes[0]) : ExpressionResult.Undefined;

    public static IEnumerable<JsonNode?> Children(JsonNode? node) => node switch
    {
        JsonArray array => array,
        JsonObject obj => obj.Select(p => p.Value),
        _ => [],
    };

    public static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        foreach (var child in Children(node))
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    public static IEnumerable<JsonNode?> Member(JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? [value] : [];

    public static IEnumerable<JsonNode?> Index(JsonNode? node, int index)
    {
        if (node is not JsonArray array)
        {
            return [];
        }

        var i = index < 0 ? array.Count + index : index;
        return i >= 0 && i < array.Count ? [array[i]] : [];
    }

    public static IEnumerable<JsonNode?> Slice(JsonArray array, int? start, int? end)
    {
        int Normal(int v) => Math.Clamp(v < 0 ? array.Count + v : v, 0, array.Count);
        var from = start is { } s ? Normal(s) : 0;
        var to = end is { } e ? Normal(e) : array.Count;
        for (var i = from; i < to; i++)
        {
            yield return array[i];
        }
    }
}
