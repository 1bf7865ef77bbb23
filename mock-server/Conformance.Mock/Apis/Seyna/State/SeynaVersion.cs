using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// One stored version of an object. Seeded versions render their body on demand from the seed (so a
/// portfolio of 100,000 contracts costs a few small records, not their JSON); written versions keep the
/// body they were stored with. <see cref="Parent"/> is the contract or claim the object belongs to.
/// </summary>
public sealed class SeynaVersion(string id, int version, DateTimeOffset timestamp, string? parent, Func<JsonObject> render)
{
    public string Id { get; } = id;
    public int Version { get; } = version;

    /// <summary>The client's <c>timestamp</c> as an instant (UTC, milliseconds).</summary>
    public DateTimeOffset Timestamp { get; } = timestamp;

    public string? Parent { get; } = parent;

    /// <summary>The stored object; callers must not change it.</summary>
    public JsonObject Body() => render();
}
