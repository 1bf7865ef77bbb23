namespace Conformance.Runner.Results;

/// <summary>
/// One thing a check found wrong. <see cref="CheckId"/> is the stable snake_case id of the check;
/// <see cref="SpecReference"/> names the spec clause or rule (e.g. <c>openapi.yaml#/paths/~1contract/post/responses</c>
/// or <c>RFC 9457 §3</c>); <see cref="InstancePointer"/> locates the problem in the body when known.
/// </summary>
public sealed record Finding
{
    public required string CheckId { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public string? SpecReference { get; init; }
    public string? InstancePointer { get; init; }

    /// <summary>Set when the profile lists this failure as expected; the reason comes from the profile.</summary>
    public string? ExpectedFailureReason { get; init; }
}
