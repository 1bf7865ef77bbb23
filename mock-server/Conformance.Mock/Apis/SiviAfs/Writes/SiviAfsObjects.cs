using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>Walking the objects of an AFD structure: every entity array except the common ones.</summary>
public static class SiviAfsObjects
{
    /// <summary>Attributes the provider owns on every object; the client's values are ignored.</summary>
    public static IReadOnlyList<string> ProviderOwned { get; } = ["statusType", "lastChangeDate", "terminationDate", "terminationReason"];

    public static bool IsCommon(string entity) => entity is "commonFunctional" or "commonTechnical";

    public static IEnumerable<(string Entity, int Position, JsonObject Item)> All(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var (entity, value) in body)
        {
            if (IsCommon(entity) || value is not JsonArray items)
            {
                continue;
            }

            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject item)
                {
                    yield return (entity, i + 1, item);
                }
            }
        }
    }

    public static IEnumerable<JsonObject> Of(JsonObject body, string entity, string? entityType = null) =>
        (body[entity] as JsonArray ?? []).OfType<JsonObject>().Where(o => entityType is null || Type(o) == entityType);

    public static string? Type(JsonObject item) => item["entityType"]?.GetValue<string>();

    public static string? Text(JsonObject item, string name) => item[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Every value of every <c>…Ref</c> array of the object.</summary>
    public static IEnumerable<(string Name, JsonArray Values)> References(JsonObject item) =>
        item.Where(a => a.Key.EndsWith("Ref", StringComparison.Ordinal) && a.Value is JsonArray).Select(a => (a.Key, (JsonArray)a.Value!)).ToList();
}
