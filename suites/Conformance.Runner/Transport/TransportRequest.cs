namespace Conformance.Runner.Transport;

/// <summary>
/// A request to send. <see cref="Url"/> is absolute with the query already serialised;
/// <see cref="Timeout"/> overrides the transport default (10 s).
/// </summary>
public sealed record TransportRequest
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public string? Body { get; init; }
    public string? ContentType { get; init; }
    public TimeSpan? Timeout { get; init; }

    /// <summary>Credentials to add before sending (null: send as is).</summary>
    public RequestCredentials? Credentials { get; init; }
}
