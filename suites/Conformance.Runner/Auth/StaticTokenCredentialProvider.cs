using System.Security.Cryptography;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// A fixed token from the profile, for http/bearer schemes that are not JWTs the runner signs and
/// for apiKey headers. Every wrong mode sends a random token the provider cannot know.
/// </summary>
public sealed class StaticTokenCredentialProvider(string token) : ICredentialProvider
{
    public bool CanHandle(SpecSecurityScheme scheme) =>
        scheme.Type == "http" && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase)
        || scheme.Type == "apiKey" && scheme.In == "header" && scheme.ParameterName is not null
        || scheme.Type is "oauth2" or "openIdConnect";

    public Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Mode switch
        {
            AuthMode.None => CredentialOutcome.Nothing,
            AuthMode.Default => Header(context.Scheme, token.Trim()),
            _ => Header(context.Scheme, UnknownToken()),
        });

    /// <summary>A token no provider issued: <c>wrong-</c> and 24 random hex digits.</summary>
    public static string UnknownToken() => $"wrong-{RandomNumberGenerator.GetHexString(24, lowercase: true)}";

    /// <summary>The header a token travels in: the apiKey header, else <c>Authorization: Bearer</c>.</summary>
    public static CredentialOutcome Header(SpecSecurityScheme scheme, string value) =>
        scheme.Type == "apiKey" && scheme.ParameterName is { } name
            ? CredentialOutcome.Header(name, value)
            : CredentialOutcome.Header("Authorization", $"Bearer {value}");
}
