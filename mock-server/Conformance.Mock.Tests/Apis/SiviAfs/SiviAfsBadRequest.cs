namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>
/// One malformed request of the corpus and its documented answer: the status and, for AFS functions,
/// the AFD <c>errorCode</c> (for the token endpoint the RFC 6749 <c>error</c>).
/// </summary>
public sealed record SiviAfsBadRequest(string Name, string Method, string Path, int Status, string Code)
{
    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>Sent instead of the fixture's valid token; empty string = no Authorization header.</summary>
    public string? Authorization { get; init; }

    public string? Accept { get; init; }

    public override string ToString() => Name;
}
