namespace Conformance.Mock.State;

/// <summary>When a record last changed (UTC ticks) and its id; ordered by time, ties by id (ordinal).</summary>
public readonly record struct ChangeLogEntry(long Ticks, string Id) : IComparable<ChangeLogEntry>
{
    public int CompareTo(ChangeLogEntry other)
    {
        var byTime = Ticks.CompareTo(other.Ticks);
        return byTime != 0 ? byTime : string.CompareOrdinal(Id, other.Id);
    }

    public static bool operator <(ChangeLogEntry left, ChangeLogEntry right) => left.CompareTo(right) < 0;

    public static bool operator >(ChangeLogEntry left, ChangeLogEntry right) => left.CompareTo(right) > 0;

    public static bool operator <=(ChangeLogEntry left, ChangeLogEntry right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ChangeLogEntry left, ChangeLogEntry right) => left.CompareTo(right) >= 0;
}
