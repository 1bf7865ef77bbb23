namespace Conformance.Runner.Results;

/// <summary>
/// One case generated from the spec for one operation. <see cref="Kind"/> is the snake_case kind
/// (e.g. <c>valid_request</c>, <c>negative_data</c>, <c>missing_auth</c>, <c>wrong_auth</c>,
/// <c>undocumented_method</c>); <see cref="CaseId"/> is stable across runs.
/// </summary>
public sealed record GeneratedCaseResult
{
    public required string CaseId { get; init; }
    public required string OperationId { get; init; }
    public required string Kind { get; init; }
    public string? Description { get; init; }
    public required Outcome Outcome { get; init; }
    public required TimeSpan Duration { get; init; }
    public required IReadOnlyList<ExchangeRecord> Exchanges { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
}
