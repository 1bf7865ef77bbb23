using Conformance.Runner.Auth;

namespace Conformance.Runner.Transport;

/// <summary>
/// The credential stage of the pipeline: for a request that names its <see cref="RequestCredentials"/>,
/// asks the <see cref="Authenticator"/> for them (which may itself call the provider through the inner
/// transport, e.g. for an OAuth2 token), adds them and sends. The result carries the added headers
/// and the token exchanges, so they are recorded and checked with the step or case that caused them.
/// </summary>
public sealed class AuthenticatingTransport(IHttpTransport inner, Authenticator authenticator, string apiBaseUrl) : IHttpTransport
{
    public IHttpTransport Inner => inner;

    public async Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        if (request.Credentials is not { } needed)
        {
            return await inner.SendAsync(request, cancellationToken);
        }

        var tokens = new TokenClient(inner, apiBaseUrl, request.Timeout);
        var outcome = await authenticator.AuthenticateAsync(needed.Operation, needed.Mode, tokens, cancellationToken);
        var sent = outcome.Headers.Count == 0 ? request : request with { Headers = [.. request.Headers, .. outcome.Headers] };
        var result = await inner.SendAsync(sent, cancellationToken);
        return result with
        {
            CredentialHeaders = outcome.Headers,
            CredentialExchanges = tokens.Exchanges,
            CredentialProblem = outcome.Problem,
        };
    }
}
