namespace Conformance.Mock.State;

/// <summary>
/// Revision numbers unique in the process, so a revision read from one store can never be mistaken
/// for one of another store, or of the same store before it was rebuilt.
/// </summary>
public static class Revisions
{
    private static long last;

    public static long Next() => Interlocked.Increment(ref last);
}
