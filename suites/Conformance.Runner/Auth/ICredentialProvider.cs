using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// Authenticates requests for one kind of security scheme, in the requested <see cref="AuthMode"/>
/// (valid, expired, forged, wrong secret, …), asynchronously: a provider may first obtain a token
/// from the provider under test through <see cref="CredentialContext.Tokens"/>. Modes a scheme
/// cannot express fall back to a wrong credential of the scheme's own kind, unless
/// <see cref="Unavailable"/> says the mode cannot be built at all.
/// </summary>
public interface ICredentialProvider
{
    bool CanHandle(SpecSecurityScheme scheme);

    /// <summary>Why <paramref name="mode"/> cannot be built for this scheme (null: it can).</summary>
    string? Unavailable(SpecSecurityScheme scheme, AuthMode mode, IReadOnlyList<string> requiredScopes) =>
        mode == AuthMode.MissingScope ? $"scheme '{scheme.Name}' has no scopes" : null;

    Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken);
}
