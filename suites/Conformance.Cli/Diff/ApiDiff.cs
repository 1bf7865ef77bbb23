namespace Conformance.Cli.Diff;

/// <summary>
/// How one API's failing checks changed between two runs, each list sorted by location then check.
/// <see cref="InOld"/>/<see cref="InNew"/> say whether the API ran at all in each run: an API that
/// only the new run has counts all its failures as new; one that only the old run has fixes nothing.
/// </summary>
public sealed record ApiDiff
{
    public required string ApiId { get; init; }
    public required bool InOld { get; init; }
    public required bool InNew { get; init; }
    public required IReadOnlyList<FailingCheck> NewlyFailing { get; init; }
    public required IReadOnlyList<FailingCheck> Fixed { get; init; }
    public required IReadOnlyList<FailingCheck> StillFailing { get; init; }
}
