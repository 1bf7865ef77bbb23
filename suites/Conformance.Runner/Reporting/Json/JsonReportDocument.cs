using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Json;

/// <summary>
/// The top level of <c>results.json</c>. <see cref="SchemaVersion"/> changes only when a consumer
/// would have to change (a field removed, renamed or retyped); adding fields does not bump it.
/// </summary>
public sealed record JsonReportDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Counts derived from <see cref="Run"/>, so a pipeline can branch without walking the tree.</summary>
    public required JsonReportSummary Summary { get; init; }

    public required RunResult Run { get; init; }
}
