using System.Text;

namespace Conformance.Runner.Transport;

/// <summary>
/// What came back. <see cref="StatusCode"/> is null when no response arrived (then
/// <see cref="Error"/> says why). <see cref="Body"/> holds at most the transport's body cap;
/// <see cref="BodyLength"/> counts the bytes seen (a lower bound when <see cref="BodyTruncated"/>).
/// </summary>
public sealed record TransportResult
{
    public int? StatusCode { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public string? ContentType { get; init; }
    public byte[] Body { get; init; } = [];
    public long BodyLength { get; init; }
    public bool BodyTruncated { get; init; }
    public TransportErrorKind Error { get; init; }
    public string? ErrorMessage { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Headers the authenticating stage added to the request (unmasked; recorders mask them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CredentialHeaders { get; init; } = [];

    /// <summary>Requests sent to obtain those credentials, in order, before the request itself.</summary>
    public IReadOnlyList<TokenExchange> CredentialExchanges { get; init; } = [];

    /// <summary>Why a valid credential could not be obtained (the request was sent without it); null when it was.</summary>
    public string? CredentialProblem { get; init; }

    /// <summary>The body decoded as UTF-8 (invalid sequences replaced); null when empty.</summary>
    public string? BodyText => Body.Length == 0 ? null : Encoding.UTF8.GetString(Body);

    public static TransportResult Failure(TransportErrorKind kind, string message, TimeSpan elapsed) =>
        new() { Error = kind, ErrorMessage = message, Elapsed = elapsed };
}
