using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// What a credential provider gets for one request: the scheme of the operation's requirement,
/// the mode to build, the scopes the requirement names and the client for token requests.
/// </summary>
public sealed record CredentialContext
{
    public required ApiSpec Spec { get; init; }
    public required SpecOperation Operation { get; init; }
    public required SpecSecurityScheme Scheme { get; init; }
    public required AuthMode Mode { get; init; }
    public IReadOnlyList<string> RequiredScopes { get; init; } = [];
    public required TokenClient Tokens { get; init; }
}
