using System.Globalization;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.SiviAfs.State;

/// <summary>
/// The datasets of one cluster with their whole history (the kit's versioned table: every write a new
/// version, seeded ones included), ids in ascending order, the next id after the last seeded one.
/// Writes of one cluster run one at a time (<see cref="Write{T}"/>), so a check of the stored state
/// and the write that depends on it cannot interleave.
/// </summary>
public sealed class SiviAfsClusterStore : IResettable
{
    private readonly VersionedRecordTable<SiviAfsSnapshot> table;
    private readonly Lock writeGate = new();
    private readonly int seededCount;
    private int last;

    /// <param name="seededVersions">Every seeded version, each dataset's oldest first.</param>
    public SiviAfsClusterStore(SiviAfsCluster cluster, string prefix, IReadOnlyList<SiviAfsSnapshot> seededVersions, int seededCount)
    {
        Cluster = cluster;
        Prefix = prefix;
        this.seededCount = last = seededCount;
        table = new VersionedRecordTable<SiviAfsSnapshot>(seededVersions, s => s.Id);
    }

    public SiviAfsCluster Cluster { get; }

    public string Prefix { get; }

    public int Count => table.Count;

    public static string Id(string prefix, int number) => prefix + number.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The version valid at the end of <paramref name="validOn"/> (null = the current one); null when the dataset is unknown or did not exist yet.</summary>
    public SiviAfsSnapshot? At(string id, DateOnly? validOn)
    {
        if (validOn is null)
        {
            return table.TryGet(id, out var current) ? current.Value : null;
        }

        return table.History(id).LastOrDefault(v => v.Value.Date <= validOn.Value)?.Value;
    }

    public bool Exists(string id) => table.TryGet(id, out _);

    /// <summary>Changes with every write and reset of the cluster (<see cref="VersionedRecordTable{T}.Revision"/>).</summary>
    public long Revision => table.Revision;

    /// <summary>Every dataset as valid on <paramref name="validOn"/> (null = now), in id order; those not existing yet are left out.</summary>
    public IReadOnlyList<SiviAfsSnapshot> All(DateOnly? validOn)
    {
        var current = table.Page(0, Math.Max(1, table.Count)).Items;
        if (validOn is null)
        {
            return [.. current.Select(v => v.Value)];
        }

        return [.. current.Select(v => At(v.Id, validOn)).OfType<SiviAfsSnapshot>()];
    }

    /// <summary>Runs a check-and-write of this cluster alone.</summary>
    public T Write<T>(Func<SiviAfsClusterStore, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (writeGate)
        {
            return write(this);
        }
    }

    /// <summary>The id a new dataset gets; call inside <see cref="Write{T}"/>.</summary>
    public string NextId() => Id(Prefix, ++last);

    public void Put(SiviAfsSnapshot snapshot) => table.Put(snapshot);

    public void Reset()
    {
        lock (writeGate)
        {
            table.Reset();
            last = seededCount;
        }
    }
}
