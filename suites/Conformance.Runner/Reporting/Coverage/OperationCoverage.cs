namespace Conformance.Runner.Reporting.Coverage;

/// <summary>
/// How far the run exercised one operation. <see cref="Target"/> is the path template of a path
/// operation, the URL expression of a callback or the name of a webhook. The request counts say
/// how many exchanges of flows and of generated cases reached it; callbacks and webhooks count
/// the requests the provider sent to the runner's receiver.
/// </summary>
public sealed record OperationCoverage
{
    public required string OperationId { get; init; }
    public required CoverageKind Kind { get; init; }
    public required string Method { get; init; }
    public required string Target { get; init; }
    public required bool Exercised { get; init; }
    public required int FlowRequests { get; init; }
    public required int GeneratedRequests { get; init; }

    /// <summary>In the contract's order.</summary>
    public required IReadOnlyList<ResponseCoverage> Responses { get; init; }
}
