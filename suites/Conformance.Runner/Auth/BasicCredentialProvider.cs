using System.Security.Cryptography;
using System.Text;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>HTTP Basic (RFC 7617). Every non-default mode sends the user with a random wrong password.</summary>
public sealed class BasicCredentialProvider(string username, string password) : ICredentialProvider
{
    public bool CanHandle(SpecSecurityScheme scheme) =>
        scheme.Type == "http" && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(SpecSecurityScheme scheme, AuthMode mode)
    {
        if (mode == AuthMode.None)
        {
            return [];
        }

        var secret = mode == AuthMode.Default ? password : RandomNumberGenerator.GetHexString(16, lowercase: true);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{secret}"));
        return [new("Authorization", $"Basic {encoded}")];
    }
}
