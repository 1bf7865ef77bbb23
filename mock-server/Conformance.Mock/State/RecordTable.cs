using System.Collections.Concurrent;

namespace Conformance.Mock.State;

/// <summary>
/// One entity type's records: an immutable seeded set plus an overlay of records created or changed
/// since start (or the last reset). Reads are lock-free; writes replace whole immutable records.
/// The change log answers "which ids changed since t" in (time of last change, id) order: the seeded
/// part is a sorted array searched by bisection, the overlay part is small and sorted per query.
/// </summary>
public sealed class RecordTable<T> : IResettable
    where T : class
{
    private readonly Func<T, string> idOf;
    private readonly Func<T, DateTimeOffset> changedAt;
    private readonly Dictionary<string, StoredRecord<T>> seeded;
    private readonly ChangeLogEntry[] seededLog;
    private readonly ConcurrentDictionary<string, StoredRecord<T>> overlay = new(StringComparer.Ordinal);
    private long revision = Revisions.Next();

    public RecordTable(IReadOnlyList<T> seededRecords, Func<T, string> idOf, Func<T, DateTimeOffset> changedAt)
    {
        this.idOf = idOf;
        this.changedAt = changedAt;
        seeded = new Dictionary<string, StoredRecord<T>>(seededRecords.Count, StringComparer.Ordinal);
        seededLog = new ChangeLogEntry[seededRecords.Count];
        for (var i = 0; i < seededRecords.Count; i++)
        {
            var record = seededRecords[i];
            seeded[idOf(record)] = new StoredRecord<T>(record);
            seededLog[i] = new ChangeLogEntry(changedAt(record).UtcTicks, idOf(record));
        }

        Array.Sort(seededLog);
    }

    public int SeededCount => seeded.Count;

    /// <summary>
    /// Changes after every write and reset, to a value no other table has had (<see cref="Revisions"/>):
    /// whatever was computed from the table's records at one revision holds as long as it is current.
    /// It moves only after the write is visible, so an answer read at the new revision sees the write.
    /// </summary>
    public long Revision => Interlocked.Read(ref revision);

    public bool TryGet(string id, out StoredRecord<T> record) =>
        overlay.TryGetValue(id, out record!) || seeded.TryGetValue(id, out record!);

    public bool Contains(string id) => overlay.ContainsKey(id) || seeded.ContainsKey(id);

    /// <summary>Stores a new or changed record; its change time is its <c>changedAt</c>.</summary>
    public void Put(T record)
    {
        overlay[idOf(record)] = new StoredRecord<T>(record);
        Interlocked.Exchange(ref revision, Revisions.Next());
    }

    public void Reset()
    {
        overlay.Clear();
        Interlocked.Exchange(ref revision, Revisions.Next());
    }

    /// <summary>Ids whose last change is at or after <paramref name="since"/> (inclusive), oldest change first.</summary>
    public List<string> ChangedSince(DateTimeOffset since)
    {
        var sinceTicks = since.UtcTicks;
        var live = new List<ChangeLogEntry>();
        foreach (var (id, record) in overlay)
        {
            var ticks = changedAt(record.Value).UtcTicks;
            if (ticks >= sinceTicks)
            {
                live.Add(new ChangeLogEntry(ticks, id));
            }
        }

        live.Sort();
        var start = LowerBound(sinceTicks);
        var result = new List<string>(seededLog.Length - start + live.Count);
        var hasOverlay = !overlay.IsEmpty;
        var j = 0;
        for (var i = start; i < seededLog.Length; i++)
        {
            var entry = seededLog[i];
            if (hasOverlay && overlay.ContainsKey(entry.Id))
            {
                continue;
            }

            while (j < live.Count && live[j].CompareTo(entry) < 0)
            {
                result.Add(live[j++].Id);
            }

            result.Add(entry.Id);
        }

        while (j < live.Count)
        {
            result.Add(live[j++].Id);
        }

        return result;
    }

    private int LowerBound(long ticks)
    {
        int lo = 0, hi = seededLog.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (seededLog[mid].Ticks < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
