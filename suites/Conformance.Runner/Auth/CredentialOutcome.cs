namespace Conformance.Runner.Auth;

/// <summary>
/// The headers that authenticate one request. <see cref="Problem"/> says why a valid credential
/// could not be obtained (e.g. the token endpoint refused): the request then goes without it.
/// </summary>
public sealed record CredentialOutcome(IReadOnlyList<KeyValuePair<string, string>> Headers, string? Problem = null)
{
    public static CredentialOutcome Nothing { get; } = new([]);

    public static CredentialOutcome Header(string name, string value) => new([new(name, value)]);

    public static CredentialOutcome Failed(string problem) => new([], problem);
}
