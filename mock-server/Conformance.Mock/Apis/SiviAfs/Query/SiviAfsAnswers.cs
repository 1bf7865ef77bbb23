using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Catalog;
using Conformance.Mock.Apis.SiviAfs.State;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// Builds the AFD structures of answers: one dataset (item GET, writes), or one structure holding a
/// page of datasets with each entity's objects grouped in dataset order (collection GET), then
/// projected by <c>_fields</c>. Always with <c>commonFunctional</c>; empty entity arrays are left out.
/// </summary>
public static class SiviAfsAnswers
{
    public static JsonObject Dataset(SiviAfsSnapshot snapshot, SiviAfsStructure structure, string catalogVersion) =>
        List([snapshot], structure, catalogVersion, null);

    public static JsonObject List(IReadOnlyList<SiviAfsSnapshot> page, SiviAfsStructure structure, string catalogVersion, SiviAfsProjection? fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(structure);
        var answer = new JsonObject { ["commonFunctional"] = new JsonArray(new JsonObject { ["entityType"] = "default", ["dataCatalogVersion"] = catalogVersion }) };
        foreach (var entity in structure.Entities)
        {
            var main = entity.Name == structure.Cluster.MainEntity;
            if (fields is { Negative: true } && fields.Entities.Contains(entity.Name))
            {
                continue;
            }

            if (fields is { Negative: false } && !main && !fields.Entities.Contains(entity.Name) && !fields.Attributes.ContainsKey(entity.Name))
            {
                continue;
            }

            var objects = new JsonArray();
            foreach (var snapshot in page)
            {
                foreach (var item in snapshot.Body[entity.Name] as JsonArray ?? [])
                {
                    objects.Add(Project((JsonObject)item!, entity, fields));
                }
            }

            if (objects.Count > 0)
            {
                answer[entity.Name] = objects;
            }
        }

        return answer;
    }

    private static JsonObject Project(JsonObject item, SiviAfsEntity entity, SiviAfsProjection? fields)
    {
        var named = fields?.Attributes.GetValueOrDefault(entity.Name);
        var whole = fields is null || (fields.Negative ? named is null : fields.Entities.Contains(entity.Name));
        var copy = new JsonObject();
        foreach (var (name, value) in item)
        {
            var keep = whole || entity.Attributes.GetValueOrDefault(name)?.AlwaysKept == true
                || (fields!.Negative ? !named!.Contains(name) : named?.Contains(name) == true);
            if (keep)
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }
}
