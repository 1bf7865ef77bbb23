using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Specs.Json;

/// <summary>Tolerant accessors: a member of the wrong JSON kind reads as absent, never as an exception.</summary>
internal static class JsonNodes
{
    public static string? String(this JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) && node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : null;

    public static bool? Bool(this JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) && node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? v.GetValueKind() == JsonValueKind.True
            : null;

    public static JsonObject? Object(this JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) ? node as JsonObject : null;

    public static JsonArray? Array(this JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var node) ? node as JsonArray : null;

    /// <summary>The members of an object member that are themselves objects, in document order.</summary>
    public static IEnumerable<KeyValuePair<string, JsonObject>> ObjectMembers(this JsonObject obj, string name) =>
        obj.Object(name) is { } inner
            ? inner.Where(p => p.Value is JsonObject).Select(p => KeyValuePair.Create(p.Key, (JsonObject)p.Value!))
            : [];

    public static string? AsString(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
