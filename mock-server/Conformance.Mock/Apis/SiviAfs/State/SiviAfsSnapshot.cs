using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.State;

/// <summary>
/// One version of a dataset: its entity arrays (without <c>commonFunctional</c>; the main object first
/// in the main entity's array) as stored on <see cref="Date"/>, the provider's UTC date of the write.
/// A stored body is never changed; answers are built from copies.
/// </summary>
public sealed record SiviAfsSnapshot(string Id, DateOnly Date, JsonObject Body)
{
    private IReadOnlyDictionary<string, byte[][]>? serialized;

    /// <summary>Each entity's objects as UTF-8 JSON, made once (the body never changes), for answers without a projection.</summary>
    public IReadOnlyDictionary<string, byte[][]> Serialized => serialized ??= Body.ToDictionary(
        e => e.Key,
        e => (e.Value as JsonArray ?? []).Select(o => System.Text.Encoding.UTF8.GetBytes(o!.ToJsonString())).ToArray(),
        StringComparer.Ordinal);

    public JsonObject Main(SiviAfsCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return (JsonObject)((JsonArray)Body[cluster.MainEntity]!)[0]!;
    }

    public bool IsTerminated(SiviAfsCluster cluster) => Main(cluster)["statusType"]?.GetValue<string>() == "terminated";
}
