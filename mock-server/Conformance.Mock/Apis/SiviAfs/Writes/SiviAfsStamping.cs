using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>
/// Turns an accepted body into a stored dataset (contract, <c>newPolicy</c>, "What the provider does"):
/// the main object's <c>refKey</c> and number become the id, every other object is renumbered
/// <c>{id}-{entity}-{n}</c> (objects that keep their key keep it), every <c>…Ref</c> is rewritten, the
/// main reference is added to every other object, provider-owned attributes sent by the client are
/// dropped and status and <c>lastChangeDate</c> are set. <c>commonFunctional</c> and
/// <c>commonTechnical</c> are not stored.
/// </summary>
public static class SiviAfsStamping
{
    /// <param name="kept">Keys of stored objects that keep their key (PATCH); null renumbers everything (new, PUT).</param>
    /// <param name="main">The stored main object's provider-owned attributes to carry over (termination data), or null.</param>
    public static JsonObject Store(SiviAfsCluster cluster, JsonObject body, string id, DateOnly today, string status, IReadOnlySet<string>? kept = null, JsonObject? main = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(body);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var stored = new JsonObject();
        foreach (var (entity, value) in body)
        {
            if (SiviAfsObjects.IsCommon(entity) || value is not JsonArray items)
            {
                continue;
            }

            var copy = new JsonArray();
            for (var i = 0; i < items.Count; i++)
            {
                var item = (JsonObject)items[i]!.DeepClone();
                var isMain = entity == cluster.MainEntity && i == 0;
                var old = SiviAfsObjects.Text(item, "refKey");
                var key = isMain ? id : old is not null && kept?.Contains(old) == true ? old : $"{id}-{entity}-{(i + 1).ToString(CultureInfo.InvariantCulture)}";
                if (old is not null)
                {
                    renamed[old] = key;
                }

                foreach (var owned in SiviAfsObjects.ProviderOwned)
                {
                    item.Remove(owned);
                }

                if (isMain)
                {
                    item.Remove(cluster.NumberAttribute);
                }

                copy.Add(Ordered(item, key, isMain ? cluster : null, id));
            }

            stored[entity] = copy;
        }

        foreach (var (_, _, item) in SiviAfsObjects.All(stored))
        {
            foreach (var (name, values) in SiviAfsObjects.References(item))
            {
                item[name] = new JsonArray([.. values.Select(v => (JsonNode)(renamed.GetValueOrDefault(v!.GetValue<string>()) ?? v.GetValue<string>())).Distinct(new TextComparer())]);
            }

            if (SiviAfsObjects.Text(item, "refKey") != id)
            {
                var refs = item[cluster.MainRef] as JsonArray;
                if (refs is null)
                {
                    item[cluster.MainRef] = new JsonArray(id);
                }
                else if (!refs.Any(r => r!.GetValue<string>() == id))
                {
                    refs.Add(id);
                }
            }
        }

        var stamped = (JsonObject)stored[cluster.MainEntity]![0]!;
        stamped["statusType"] = status;
        stamped["lastChangeDate"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var carried in new[] { "terminationDate", "terminationReason" })
        {
            if (main?[carried] is { } value)
            {
                stamped[carried] = value.DeepClone();
            }
        }

        return stored;
    }

    /// <summary><c>entityType</c>, <c>refKey</c> (and the number on the main object) first, then the rest as sent.</summary>
    private static JsonObject Ordered(JsonObject item, string key, SiviAfsCluster? mainOf, string id)
    {
        var ordered = new JsonObject { ["entityType"] = item["entityType"]?.DeepClone(), ["refKey"] = key };
        if (mainOf is not null)
        {
            ordered[mainOf.NumberAttribute] = id;
        }

        foreach (var (name, value) in item.ToList())
        {
            if (name is not ("entityType" or "refKey"))
            {
                item.Remove(name);
                ordered[name] = value;
            }
        }

        return ordered;
    }

    private sealed class TextComparer : IEqualityComparer<JsonNode>
    {
        public bool Equals(JsonNode? x, JsonNode? y) => x?.GetValue<string>() == y?.GetValue<string>();

        public int GetHashCode(JsonNode obj) => StringComparer.Ordinal.GetHashCode(obj.GetValue<string>());
    }
}
