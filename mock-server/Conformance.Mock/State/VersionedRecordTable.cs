namespace Conformance.Mock.State;

/// <summary>
/// Records with versions: every write of a key appends a version (1, 2, 3…) and keeps the whole history,
/// a write can be conditional on the current version (compare-and-set, for APIs with optimistic
/// concurrency such as Seyna's <c>timestamp</c>), and pages are read in a stable key order (ordinal
/// unless a comparer is given), by opaque cursor or by offset and limit. Seeded records are version 1;
/// reset returns to them. Thread-safe; reads take the same lock as writes (tables of this kind are small).
/// </summary>
public sealed class VersionedRecordTable<T> : IResettable
    where T : class
{
    private readonly Func<T, string> idOf;
    private readonly T[] seeded;
    private readonly Lock gate = new();
    private readonly SortedList<string, List<RecordVersion<T>>> records;
    private long revision;

    public VersionedRecordTable(IReadOnlyList<T> seededRecords, Func<T, string> idOf, IComparer<string>? order = null)
    {
        ArgumentNullException.ThrowIfNull(seededRecords);
        this.idOf = idOf;
        seeded = [.. seededRecords];
        records = new SortedList<string, List<RecordVersion<T>>>(order ?? StringComparer.Ordinal);
        Seed();
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return records.Count;
            }
        }
    }

    /// <summary>
    /// Changes with every write and reset, to a value no other table or instance has had
    /// (<see cref="Revisions"/>): whatever was computed from the table at one revision holds as long
    /// as the revision is the same (e.g. a rendered answer).
    /// </summary>
    public long Revision => Interlocked.Read(ref revision);

    public bool TryGet(string id, out RecordVersion<T> current)
    {
        lock (gate)
        {
            if (records.TryGetValue(id, out var history))
            {
                current = history[^1];
                return true;
            }
        }

        current = null!;
        return false;
    }

    /// <summary>Every version of <paramref name="id"/>, oldest first; empty for an unknown key.</summary>
    public IReadOnlyList<RecordVersion<T>> History(string id)
    {
        lock (gate)
        {
            return records.TryGetValue(id, out var history) ? [.. history] : [];
        }
    }

    /// <summary>Writes unconditionally: a new key gets version 1, an existing one its next version.</summary>
    public RecordVersion<T> Put(T record)
    {
        lock (gate)
        {
            return Append(idOf(record), record);
        }
    }

    /// <summary>
    /// Writes only when the key's current version is <paramref name="expectedVersion"/>; 0 means the key
    /// must not exist yet (create-only).
    /// </summary>
    public VersionedWrite<T> TryPut(T record, long expectedVersion)
    {
        var id = idOf(record);
        lock (gate)
        {
            var current = records.TryGetValue(id, out var history) ? history[^1] : null;
            if ((current?.Version ?? 0) != expectedVersion)
            {
                return new VersionedWrite<T>(false, current);
            }

            return new VersionedWrite<T>(true, Append(id, record));
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> current records after <paramref name="cursor"/> (null = from the
    /// start). False for a cursor this table did not hand out; then <paramref name="page"/> is empty.
    /// </summary>
    public bool TryPageAfter(string? cursor, int limit, out RecordPage<T> page)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var after = string.Empty;
        if (cursor is not null && !PageCursor.TryDecode(cursor, out after))
        {
            page = new RecordPage<T>([], null, Count);
            return false;
        }

        lock (gate)
        {
            var start = cursor is null ? 0 : UpperBound(after);
            var items = Slice(start, limit);
            var more = start + items.Count < records.Count;
            page = new RecordPage<T>(items, more && items.Count > 0 ? PageCursor.Encode(items[^1].Id) : null, records.Count);
            return true;
        }
    }

    /// <summary>Current records <paramref name="offset"/> … offset + limit - 1 in the stable order; the next cursor continues after them.</summary>
    public RecordPage<T> Page(int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (gate)
        {
            var items = Slice(offset, limit);
            var more = offset + items.Count < records.Count;
            return new RecordPage<T>(items, more && items.Count > 0 ? PageCursor.Encode(items[^1].Id) : null, records.Count);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            records.Clear();
            Seed();
            Interlocked.Exchange(ref revision, Revisions.Next());
        }
    }

    private void Seed()
    {
        foreach (var record in seeded)
        {
            Append(idOf(record), record);
        }
    }

    private RecordVersion<T> Append(string id, T record)
    {
        if (!records.TryGetValue(id, out var history))
        {
            history = [];
            records.Add(id, history);
        }

        var version = new RecordVersion<T>(id, history.Count + 1, record);
        history.Add(version);
        Interlocked.Exchange(ref revision, Revisions.Next());
        return version;
    }

    private List<RecordVersion<T>> Slice(int start, int limit)
    {
        var values = records.Values;
        var end = (int)Math.Min((long)start + limit, records.Count);
        var items = new List<RecordVersion<T>>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            items.Add(values[i][^1]);
        }

        return items;
    }

    /// <summary>Index of the first key ordered after <paramref name="key"/>.</summary>
    private int UpperBound(string key)
    {
        var keys = records.Keys;
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (records.Comparer.Compare(keys[mid], key) <= 0)
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
