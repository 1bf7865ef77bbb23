using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Callbacks;

/// <summary>
/// One request the provider sent to the receiver. <see cref="View"/> is what <c>$request.*</c>
/// reads in an awaiting step; <see cref="Record"/> is the masked exchange for reports (its
/// response is the status the receiver answered). <see cref="ParseError"/> is set for a body that
/// claimed to be JSON but is not.
/// </summary>
public sealed record InboundCallback
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    public required MessageView View { get; init; }
    public required ExchangeRecord Record { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public string? ParseError { get; init; }
}
