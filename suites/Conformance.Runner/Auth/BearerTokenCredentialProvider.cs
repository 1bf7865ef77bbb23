using System.Security.Cryptography;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// A static bearer token (or an apiKey header) for http/bearer schemes that are not JWTs the
/// runner signs. Every non-default mode sends a random wrong token.
/// </summary>
public sealed class BearerTokenCredentialProvider(string token) : ICredentialProvider
{
    public bool CanHandle(SpecSecurityScheme scheme) =>
        scheme.Type == "http" && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase)
        || scheme.Type == "apiKey" && scheme.In == "header" && scheme.ParameterName is not null
        || scheme.Type is "oauth2" or "openIdConnect";

    public IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(SpecSecurityScheme scheme, AuthMode mode)
    {
        if (mode == AuthMode.None)
        {
            return [];
        }

        var value = mode == AuthMode.Default ? token.Trim() : $"wrong-{RandomNumberGenerator.GetHexString(24, lowercase: true)}";
        return scheme.Type == "apiKey"
            ? [new(scheme.ParameterName!, value)]
            : [new("Authorization", $"Bearer {value}")];
    }
}
