using System.Security.Cryptography;
using System.Text;
using Conformance.Specs;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Mock.Tests.Support;

/// <summary>Signs FiNUM consumer tokens with the TEST-ONLY key, and forges bad ones for the auth tests.</summary>
public static class FinumTokens
{
    private static readonly Lazy<RsaSecurityKey> ConsumerKey = new(() =>
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(FixturePaths.Require(), "credentials", "finum", "consumer.key.pem")));
        return new RsaSecurityKey(rsa);
    });

    public static string Valid(DateTimeOffset now, TimeSpan? lifetime = null, string audience = "finum-sync-api", string issuer = "conformance-test-consumer") =>
        Sign(ConsumerKey.Value, SecurityAlgorithms.RsaSha256, now, now + (lifetime ?? TimeSpan.FromMinutes(30)), audience, issuer);

    public static string Expired(DateTimeOffset now) =>
        Sign(ConsumerKey.Value, SecurityAlgorithms.RsaSha256, now.AddHours(-2), now.AddHours(-1.5), "finum-sync-api", "conformance-test-consumer");

    /// <summary>Signed by a key nobody registered, claiming the test consumer.</summary>
    public static string WrongKey(DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        return Sign(new RsaSecurityKey(rsa.ExportParameters(true)), SecurityAlgorithms.RsaSha256, now, now.AddMinutes(10), "finum-sync-api", "conformance-test-consumer");
    }

    public static string Hmac(DateTimeOffset now) =>
        Sign(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256, now, now.AddMinutes(10), "finum-sync-api", "conformance-test-consumer");

    /// <summary>A valid token whose payload was altered after signing.</summary>
    public static string Forged(DateTimeOffset now)
    {
        var parts = Valid(now).Split('.');
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["sub"] = "someone-else";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    public static string AlgNone(DateTimeOffset now)
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(
            $"{{\"iss\":\"conformance-test-consumer\",\"sub\":\"x\",\"aud\":\"finum-sync-api\",\"iat\":{now.ToUnixTimeSeconds()},\"exp\":{now.AddMinutes(10).ToUnixTimeSeconds()}}}");
        return $"{header}.{payload}.";
    }

    public static string WithoutExpiry(DateTimeOffset now)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "conformance-test-consumer",
            Audience = "finum-sync-api",
            IssuedAt = now.UtcDateTime,
            SigningCredentials = new SigningCredentials(ConsumerKey.Value, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Sign(SecurityKey key, string algorithm, DateTimeOffset issuedAt, DateTimeOffset expires, string audience, string issuer)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = "conformance-test-consumer" },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }
}
