namespace Conformance.Runner.Reporting.Coverage;

/// <summary>
/// Which parts of one API's contract a run exercised: every operation, callback and webhook with
/// its documented responses, and the responses nothing reached (<c>operationId status</c>), so a
/// provider sees what its verdict does not cover. Built by <see cref="SpecCoverageBuilder"/>.
/// </summary>
public sealed record SpecCoverage
{
    public required int OperationsTotal { get; init; }
    public required int OperationsExercised { get; init; }
    public required int ResponsesTotal { get; init; }
    public required int ResponsesReached { get; init; }

    /// <summary>Path operations in the contract's order, then webhooks, then callbacks.</summary>
    public required IReadOnlyList<OperationCoverage> Operations { get; init; }

    /// <summary>Documented responses no flow or generated case reached, e.g. <c>getContract 404</c>.</summary>
    public required IReadOnlyList<string> UnreachedResponses { get; init; }
}
