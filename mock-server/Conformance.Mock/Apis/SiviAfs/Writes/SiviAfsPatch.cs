using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>
/// PATCH as the contract fixes it (plain <c>application/json</c>, not JSON Merge Patch): an object with
/// <c>refKey</c> addresses the stored object of that entity with that key (the main object may omit
/// it), one without is added; present attributes replace the stored values (arrays whole), absent
/// ones stay. Provider-owned attributes are ignored.
/// </summary>
public static class SiviAfsPatch
{
    /// <returns>The merged dataset body and the stored keys it keeps, or the refusal.</returns>
    public static (JsonObject? Merged, IReadOnlySet<string> Kept, SiviAfsRefusal? Refusal) Merge(SiviAfsCluster cluster, JsonObject stored, JsonObject patch, string id)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(patch);
        var merged = (JsonObject)stored.DeepClone();
        var kept = SiviAfsObjects.All(stored).Select(o => SiviAfsObjects.Text(o.Item, "refKey")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (entity, position, item) in SiviAfsObjects.All(patch))
        {
            var target = merged[entity] as JsonArray;
            var key = SiviAfsObjects.Text(item, "refKey");
            var isMainEntity = entity == cluster.MainEntity && cluster != SiviAfsCluster.Party;
            if (isMainEntity && key is not null && key != id)
            {
                return (null, kept, SiviAfsRefusal.Addressing($"{entity}[{position - 1}].refKey must be the id {id}."));
            }

            key ??= isMainEntity ? id : null;
            if (key is null)
            {
                if (cluster == SiviAfsCluster.Party && entity == "party" && SiviAfsObjects.Type(item) != "relation")
                {
                    return (null, kept, SiviAfsRefusal.BadBody($"party[{position - 1}]: a party added by a change must be of entityType relation."));
                }

                if (target is null)
                {
                    merged[entity] = target = [];
                }

                target.Add(item.DeepClone());
                continue;
            }

            var existing = target?.OfType<JsonObject>().FirstOrDefault(o => SiviAfsObjects.Text(o, "refKey") == key);
            if (existing is null)
            {
                return (null, kept, SiviAfsRefusal.BadReference($"{entity}[{position - 1}].refKey '{key}' names no stored {entity} object."));
            }

            if (SiviAfsObjects.Type(existing) != SiviAfsObjects.Type(item))
            {
                return (null, kept, SiviAfsRefusal.Addressing($"{entity}[{position - 1}]: entityType {SiviAfsObjects.Type(item)} differs from the stored {SiviAfsObjects.Type(existing)}."));
            }

            foreach (var (name, value) in item)
            {
                if (name != "refKey" && !SiviAfsObjects.ProviderOwned.Contains(name))
                {
                    existing[name] = value?.DeepClone();
                }
            }
        }

        return (merged, kept, null);
    }
}
