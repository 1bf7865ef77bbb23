using System.Security.Cryptography;
using System.Text;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// The API keys the provider trusts and the portfolios each may see. HTTP Basic as RFC 7617 says
/// (base64 of <c>api_key_id:api_key_secret</c>), and also the literal <c>Basic id:secret</c> that Seyna's
/// documentation prints (a base64 token never contains <c>:</c>, so the forms cannot be confused).
/// </summary>
public sealed class SeynaKeyring(IReadOnlyDictionary<string, (string Secret, IReadOnlySet<string> Portfolios)> keys)
{
    /// <summary>The portfolios of the key the header names, or null when it is missing, malformed or wrong.</summary>
    public IReadOnlySet<string>? Authenticate(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[6..].Trim();
        string pair;
        if (token.Contains(':', StringComparison.Ordinal))
        {
            pair = token;
        }
        else
        {
            var buffer = new byte[token.Length];
            if (!Convert.TryFromBase64String(token, buffer, out var written))
            {
                return null;
            }

            try
            {
                pair = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !keys.TryGetValue(pair[..colon], out var key))
        {
            return null;
        }

        var given = Encoding.UTF8.GetBytes(pair[(colon + 1)..]);
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(key.Secret)) ? key.Portfolios : null;
    }
}
