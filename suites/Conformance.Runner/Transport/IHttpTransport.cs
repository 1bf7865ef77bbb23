namespace Conformance.Runner.Transport;

/// <summary>
/// The one way the runner talks HTTP. Implementations never throw for provider misbehaviour
/// (refused, reset, timeout, garbage): it is returned in <see cref="TransportResult"/>. They do
/// not follow redirects or retry. Cancelling <paramref name="cancellationToken"/> may throw
/// <see cref="OperationCanceledException"/>.
/// </summary>
public interface IHttpTransport
{
    Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken);
}
