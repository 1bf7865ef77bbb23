namespace Conformance.Mock.Journal;

/// <summary>Bounded in-memory journal of served requests, newest last; the oldest drop out when full.</summary>
public sealed class RequestJournal(int capacity)
{
    private readonly Queue<JournalEntry> entries = new();
    private readonly Lock gate = new();
    private long sequence;

    public int Capacity { get; } = Math.Max(1, capacity);

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JournalEntry entry)
    {
        lock (gate)
        {
            if (entries.Count >= Capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<JournalEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
