using Conformance.Mock.Apis.SiviAfs.Catalog;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// <c>_fields</c>: items <c>entity</c>, <c>entity.attribute</c> or a bare name (an entity of the structure
/// when it is one, else an attribute of the main entity), all positive or all negative.
/// </summary>
public static class SiviAfsFieldsParser
{
    public static bool TryParse(string text, SiviAfsStructure structure, int maxItems, out SiviAfsProjection projection, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(structure);
        projection = new SiviAfsProjection(false, new HashSet<string>(), new Dictionary<string, IReadOnlySet<string>>());
        var items = text.Split(',');
        error = string.Empty;
        if (items.Length > maxItems)
        {
            error = $"_fields has {items.Length} items; at most {maxItems}.";
            return false;
        }

        var negative = items[0].StartsWith('-');
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.StartsWith('-') != negative)
            {
                error = "_fields mixes kept and dropped items; use one kind.";
                return false;
            }

            var name = negative ? item[1..] : item;
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            var (entityName, attributeName) = dot >= 0 ? (name[..dot], name[(dot + 1)..]) : (name, null);
            if (attributeName is null && entityName != "commonFunctional" && structure.Find(entityName) is null)
            {
                (entityName, attributeName) = (structure.Cluster.MainEntity, name);
            }

            if (entityName == "commonFunctional" && attributeName is null)
            {
                continue;
            }

            if (structure.Find(entityName) is not { } entity || (attributeName is not null && !entity.Attributes.ContainsKey(attributeName)))
            {
                error = $"_fields item '{item}' names no entity or attribute of the {structure.Cluster.Name} structure.";
                return false;
            }

            if (attributeName is null)
            {
                if (negative && entityName == structure.Cluster.MainEntity)
                {
                    error = $"_fields cannot drop the main entity {entityName}.";
                    return false;
                }

                entities.Add(entityName);
            }
            else
            {
                if (!attributes.TryGetValue(entityName, out var set))
                {
                    attributes[entityName] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(attributeName);
            }
        }

        projection = new SiviAfsProjection(negative, entities, attributes.ToDictionary(a => a.Key, a => (IReadOnlySet<string>)a.Value, StringComparer.Ordinal));
        return true;
    }
}
