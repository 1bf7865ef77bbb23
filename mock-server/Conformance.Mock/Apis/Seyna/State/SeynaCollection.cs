namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// Every version of every object of one type in one portfolio, in the two stable orders the API pages
/// by: the latest version of each object by id (ordinal), and every version by
/// (timestamp, id, version). Pages are read from a position in an order, never from a cached
/// snapshot, so memory does not grow with the pages read. Writes to the collection are serialised.
/// </summary>
public sealed class SeynaCollection
{
    private readonly Lock gate = new();
    private readonly SortedList<string, List<SeynaVersion>> byId = new(StringComparer.Ordinal);
    private readonly SortedSet<SeynaVersion> versions = new(SeynaVersionOrder.Instance);
    private readonly Dictionary<string, SortedSet<string>> byParent = new(StringComparer.Ordinal);
    private IReadOnlyList<SeynaVersion> seeded = [];
    private long revision = Conformance.Mock.State.Revisions.Next();

    /// <summary>Changes with every write and reload, to a value unique in the process (<see cref="Conformance.Mock.State.Revisions"/>).</summary>
    public long Revision => Interlocked.Read(ref revision);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byId.Count;
            }
        }
    }

    /// <summary>Replaces everything with the seeded versions (each object's versions in version order).</summary>
    public void Load(IReadOnlyList<SeynaVersion> seededVersions)
    {
        lock (gate)
        {
            seeded = seededVersions;
            byId.Clear();
            versions.Clear();
            byParent.Clear();
            foreach (var version in seededVersions)
            {
                Append(version);
            }
        }
    }

    public void Reset() => Load(seeded);

    public SeynaVersion? Latest(string id)
    {
        lock (gate)
        {
            return byId.TryGetValue(id, out var history) ? history[^1] : null;
        }
    }

    /// <summary>The latest version of every object whose parent is <paramref name="parent"/>, by id.</summary>
    public IReadOnlyList<SeynaVersion> Children(string parent)
    {
        lock (gate)
        {
            return byParent.TryGetValue(parent, out var ids) ? [.. ids.Select(id => byId[id][^1]).Where(v => v.Parent == parent)] : [];
        }
    }

    /// <summary>Every version of one object, oldest first.</summary>
    public IReadOnlyList<SeynaVersion> History(string id)
    {
        lock (gate)
        {
            return byId.TryGetValue(id, out var history) ? [.. history] : [];
        }
    }

    /// <summary>
    /// Decides and writes atomically: <paramref name="decide"/> gets the latest version (null for a new
    /// object) and returns the version to append (null: nothing is stored) with its result.
    /// </summary>
    public TResult Write<TResult>(string id, Func<SeynaVersion?, (SeynaVersion? Append, TResult Result)> decide)
    {
        lock (gate)
        {
            var latest = byId.TryGetValue(id, out var history) ? history[^1] : null;
            var (append, result) = decide(latest);
            if (append is not null)
            {
                Append(append);
            }

            return result;
        }
    }

    /// <summary>Up to <paramref name="take"/> latest versions after (asc) or before (desc) the id <paramref name="after"/>.</summary>
    public List<SeynaVersion> LatestPage(string? after, bool descending, int take)
    {
        lock (gate)
        {
            var page = new List<SeynaVersion>(Math.Min(take, byId.Count));
            var values = byId.Values;
            if (!descending)
            {
                for (var i = after is null ? 0 : UpperBound(after); i < values.Count && page.Count < take; i++)
                {
                    page.Add(values[i][^1]);
                }
            }
            else
            {
                for (var i = (after is null ? values.Count : LowerBound(after)) - 1; i >= 0 && page.Count < take; i--)
                {
                    page.Add(values[i][^1]);
                }
            }

            return page;
        }
    }

    /// <summary>Up to <paramref name="take"/> versions after (asc) or before (desc) <paramref name="after"/> in the versions order.</summary>
    public List<SeynaVersion> VersionPage(SeynaVersion? after, bool descending, int take)
    {
        lock (gate)
        {
            var page = new List<SeynaVersion>(Math.Min(take, versions.Count));
            if (versions.Count == 0)
            {
                return page;
            }

            var order = SeynaVersionOrder.Instance;
            IEnumerable<SeynaVersion> sequence;
            if (!descending)
            {
                sequence = after is null ? versions : order.Compare(after, versions.Max) >= 0 ? [] : versions.GetViewBetween(after, versions.Max!);
            }
            else
            {
                sequence = after is null ? versions.Reverse() : order.Compare(after, versions.Min) <= 0 ? [] : versions.GetViewBetween(versions.Min!, after).Reverse();
            }

            foreach (var version in sequence)
            {
                if (after is not null && order.Compare(version, after) == 0)
                {
                    continue;
                }

                page.Add(version);
                if (page.Count == take)
                {
                    break;
                }
            }

            return page;
        }
    }

    private void Append(SeynaVersion version)
    {
        Interlocked.Exchange(ref revision, Conformance.Mock.State.Revisions.Next());
        if (!byId.TryGetValue(version.Id, out var history))
        {
            history = [];
            byId.Add(version.Id, history);
        }

        if (history.Count > 0 && history[^1].Parent is { } old && old != version.Parent && byParent.TryGetValue(old, out var oldChildren))
        {
            oldChildren.Remove(version.Id);
        }

        history.Add(version);
        versions.Add(version);
        if (version.Parent is { } parent)
        {
            if (!byParent.TryGetValue(parent, out var children))
            {
                children = new SortedSet<string>(StringComparer.Ordinal);
                byParent.Add(parent, children);
            }

            children.Add(version.Id);
        }
    }

    /// <summary>Index of the first id ordered after <paramref name="id"/>.</summary>
    private int UpperBound(string id)
    {
        var keys = byId.Keys;
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid], id) <= 0)
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

    /// <summary>Index of the first id not ordered before <paramref name="id"/>.</summary>
    private int LowerBound(string id)
    {
        var keys = byId.Keys;
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(keys[mid], id) < 0)
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
