using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Runner.Auth;

/// <summary>
/// Signs consumer JWTs (FiNUM scheme <c>consumerJwt</c>: http/bearer, format JWT) from a PKCS#8
/// private key and a payload JSON: RS256 for RSA keys, ES256/ES384/ES512 for EC keys by curve.
/// <c>iat</c> is now and <c>exp</c> five minutes later (from the injected clock); a token is reused
/// until one minute before it expires, so each run gets fresh ones. A wrong secret is a token signed
/// with another key.
/// </summary>
public sealed class JwtCredentialProvider : ICredentialProvider, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly AsymmetricAlgorithm key;
    private readonly AsymmetricAlgorithm wrongKey;
    private readonly string algorithm;
    private readonly JsonObject payload;
    private readonly TimeProvider timeProvider;
    private (string Token, DateTimeOffset Expires)? cached;

    public JwtCredentialProvider(string privateKeyPem, string payloadJson, TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
        try
        {
            payload = JsonNode.Parse(payloadJson) as JsonObject ?? throw new ConformanceConfigurationException("the JWT payload must be a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ConformanceConfigurationException($"the JWT payload is not JSON: {e.Message}", e);
        }

        (key, algorithm) = ImportKey(privateKeyPem);
        wrongKey = key is RSA ? RSA.Create(2048) : ECDsa.Create(((ECDsa)key).ExportParameters(false).Curve);
    }

    public string Algorithm => algorithm;

    public bool CanHandle(SpecSecurityScheme scheme) =>
        scheme.Type == "http" && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase)
        && string.Equals(scheme.BearerFormat, "JWT", StringComparison.OrdinalIgnoreCase);

    public string? Unavailable(SpecSecurityScheme scheme, AuthMode mode, IReadOnlyList<string> requiredScopes) =>
        mode == AuthMode.MissingScope ? "a signed consumer JWT carries no scopes" : null;

    public Task<CredentialOutcome> AuthenticateAsync(CredentialContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Mode switch
        {
            AuthMode.None => CredentialOutcome.Nothing,
            AuthMode.Garbage => Bearer($"not-a-jwt-{RandomNumberGenerator.GetHexString(24, lowercase: true)}"),
            _ => Bearer(CreateToken(context.Mode)),
        });

    /// <summary>A token in the given mode; <see cref="AuthMode.Default"/> is a valid one.</summary>
    public string CreateToken(AuthMode mode)
    {
        var now = timeProvider.GetUtcNow();
        switch (mode)
        {
            case AuthMode.Expired:
                return Sign(key, now.AddHours(-2), now.AddHours(-1));
            case AuthMode.WrongKey or AuthMode.WrongSecret:
                return Sign(wrongKey, now, now + Lifetime);
            case AuthMode.Forged:
                var valid = Sign(key, now, now + Lifetime);
                var cut = valid.LastIndexOf('.');
                var signature = Base64UrlEncoder.DecodeBytes(valid[(cut + 1)..]);
                signature[0] ^= 0xFF;
                signature[^1] ^= 0xFF;
                return $"{valid[..cut]}.{Base64UrlEncoder.Encode(signature)}";
            case AuthMode.AlgNone:
                var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
                return $"{header}.{Base64UrlEncoder.Encode(Claims(now, now + Lifetime))}.";
            default:
                if (cached is { } c && c.Expires - now > TimeSpan.FromMinutes(1))
                {
                    return c.Token;
                }

                var token = Sign(key, now, now + Lifetime);
                cached = (token, now + Lifetime);
                return token;
        }
    }

    private string Sign(AsymmetricAlgorithm signingKey, DateTimeOffset issued, DateTimeOffset expires)
    {
        SecurityKey securityKey = signingKey is RSA rsa ? new RsaSecurityKey(rsa) : new ECDsaSecurityKey((ECDsa)signingKey);

        // The library caches signature providers by key thumbprint across instances; this provider
        // disposes its keys, so it must not share cached providers.
        securityKey.CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(Claims(issued, expires), new SigningCredentials(securityKey, algorithm));
    }

    private string Claims(DateTimeOffset issued, DateTimeOffset expires)
    {
        var claims = (JsonObject)payload.DeepClone();
        claims["iat"] = issued.ToUnixTimeSeconds();
        claims["exp"] = expires.ToUnixTimeSeconds();
        return claims.ToJsonString();
    }

    private static (AsymmetricAlgorithm Key, string Algorithm) ImportKey(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return (rsa, SecurityAlgorithms.RsaSha256);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            var algorithm = ec.KeySize switch
            {
                384 => SecurityAlgorithms.EcdsaSha384,
                521 => SecurityAlgorithms.EcdsaSha512,
                _ => SecurityAlgorithms.EcdsaSha256,
            };
            return (ec, algorithm);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            ec.Dispose();
            throw new ConformanceConfigurationException("the private key is neither an RSA nor an EC key in PEM (PKCS#8) form", e);
        }
    }

    private static CredentialOutcome Bearer(string token) => CredentialOutcome.Header("Authorization", $"Bearer {token}");

    public void Dispose()
    {
        key.Dispose();
        wrongKey.Dispose();
    }
}
