using System.Security.Cryptography;
using System.Text;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Auth;

/// <summary>
/// HTTP Basic (RFC 7617). <see cref="AuthMode.Garbage"/> sends text that is not base64;
/// every other wrong mode sends the right user with a random wrong password.
/// </summary>
public sealed class BasicCredentialProvider(string username, string password) : ICredentialProvider
{
    public bool CanHandle(SpecSecurityScheme scheme) =>
        scheme.Type == "http" && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase);

    public Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Mode switch
        {
            AuthMode.None => CredentialOutcome.Nothing,
            AuthMode.Default => Basic(username, password),
            AuthMode.Garbage => CredentialOutcome.Header("Authorization", $"Basic %not-base64-{RandomNumberGenerator.GetHexString(16, lowercase: true)}%"),
            _ => Basic(username, RandomNumberGenerator.GetHexString(16, lowercase: true)),
        });

    /// <summary><c>Basic base64(user:password)</c>.</summary>
    public static string HeaderValue(string user, string secret) =>
        $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}"))}";

    private static CredentialOutcome Basic(string user, string secret) => CredentialOutcome.Header("Authorization", HeaderValue(user, secret));
}
