namespace Conformance.Runner.Results;

/// <summary>The one result model every report is written from.</summary>
public sealed record RunResult
{
    public required string ToolVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required TimeSpan Duration { get; init; }
    public required Verdict Verdict { get; init; }
    public required IReadOnlyList<ApiRunResult> Apis { get; init; }
}
