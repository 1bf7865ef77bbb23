using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// How a credential provider calls the provider under test for a token: through the same transport
/// as every other request (never authenticated itself), remembering each exchange for the record.
/// One instance serves one authenticated request.
/// </summary>
public sealed class TokenClient(IHttpTransport transport, string apiBaseUrl, TimeSpan? timeout)
{
    private readonly List<TokenExchange> exchanges = [];

    public IReadOnlyList<TokenExchange> Exchanges => exchanges;

    /// <summary>
    /// An absolute URL for <paramref name="url"/>: absolute URLs as they are, a path beginning with
    /// <c>/</c> against the API base URL's origin (OpenAPI's <c>tokenUrl: /sivi-afs/v1/oauth/token</c>),
    /// any other relative reference against the API base URL itself.
    /// </summary>
    public string Resolve(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        var baseUri = new Uri(apiBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
        return new Uri(baseUri, url).ToString();
    }

    /// <summary>The URL of a contract operation at the provider: the API base URL plus its path template.</summary>
    public string OperationUrl(SpecOperation operation) => apiBaseUrl.TrimEnd('/') + operation.PathTemplate;

    public async Task<TransportResult> SendAsync(TransportRequest request, SpecOperation? operation, CancellationToken cancellationToken)
    {
        var sent = request with { Timeout = request.Timeout ?? timeout, Credentials = null };
        var result = await transport.SendAsync(sent, cancellationToken);
        exchanges.Add(new TokenExchange(sent, result, operation));
        return result;
    }
}
