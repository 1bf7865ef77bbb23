namespace Conformance.Runner.Results;

/// <summary>
/// One request/response pair. <see cref="Response"/> is null when none arrived; then
/// <see cref="TransportError"/> says why (refused, timed out, reset, …).
/// </summary>
public sealed record ExchangeRecord
{
    public required ExchangeDirection Direction { get; init; }
    public required HttpRequestRecord Request { get; init; }
    public HttpResponseRecord? Response { get; init; }
    public string? TransportError { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>A ready-to-paste <c>curl</c> command reproducing an outbound request, secrets masked.</summary>
    public string? Curl { get; init; }
}
