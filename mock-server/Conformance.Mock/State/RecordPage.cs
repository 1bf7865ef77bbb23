namespace Conformance.Mock.State;

/// <summary>
/// One page of records in the table's stable order. <see cref="NextCursor"/> continues after the last
/// item (null on the last page); <see cref="Total"/> is the table's size when the page was read.
/// </summary>
public sealed record RecordPage<T>(IReadOnlyList<RecordVersion<T>> Items, string? NextCursor, int Total)
    where T : class;
