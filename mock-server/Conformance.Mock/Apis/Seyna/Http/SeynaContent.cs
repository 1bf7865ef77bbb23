using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// Compares the client-owned content of two stored versions as the contract says: member order
/// irrelevant, numbers numerically, dates already normalised to instants; server-owned members ignored.
/// </summary>
public static class SeynaContent
{
    private static readonly HashSet<string> ServerOwned = new(StringComparer.Ordinal) { "version", "creation_date", "last_update" };

    public static bool Same(JsonObject a, JsonObject b) => SameObject(a, b, ServerOwned);

    /// <summary>A decimal without trailing zeros (10.80 → 10.8), so equal amounts are written alike.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool SameObject(JsonObject a, JsonObject b, HashSet<string>? ignored)
    {
        var left = a.Where(p => ignored?.Contains(p.Key) != true).ToList();
        var rightCount = b.Count(p => ignored?.Contains(p.Key) != true);
        return left.Count == rightCount && left.All(p => b.TryGetPropertyValue(p.Key, out var other) && Same(p.Value, other));
    }

    private static bool Same(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                return SameObject(x, y, null);
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second));
            case (JsonValue x, JsonValue y):
                var kind = x.GetValueKind();
                if (kind != y.GetValueKind())
                {
                    return false;
                }

                if (kind == JsonValueKind.Number && Number(x) is { } m && Number(y) is { } n)
                {
                    return m == n;
                }

                return x.ToJsonString() == y.ToJsonString();
            default:
                return false;
        }
    }

    private static decimal? Number(JsonValue value) =>
        value.TryGetValue<decimal>(out var d) ? d
        : decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
