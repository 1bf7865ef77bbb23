using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Runner.Tests.Auth;

public sealed class JwtCredentialProviderTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task CreateToken_Rsa_IsValidRs256WithFreshLifetime()
    {
        using var provider = Credentials.Jwt(clock);
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(Credentials.PublicKeyPem);

        var token = provider.CreateToken(AuthMode.Default);
        var result = await Validate(token, new RsaSecurityKey(publicKey));

        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var jwt = new JsonWebToken(token);
        Assert.That(jwt.Alg, Is.EqualTo("RS256"));
        Assert.That(jwt.Issuer, Is.EqualTo("conformance-test-consumer"));
        Assert.That(jwt.ValidTo - jwt.IssuedAt, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(jwt.IssuedAt, Is.EqualTo(clock.GetUtcNow().UtcDateTime));
    }

    [Test]
    public async Task CreateToken_EcKey_IsValidEs256()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var provider = new JwtCredentialProvider(ec.ExportPkcs8PrivateKeyPem(), """{"iss":"c","aud":"finum-sync-api"}""", clock);

        var token = provider.CreateToken(AuthMode.Default);
        var result = await Validate(token, new ECDsaSecurityKey(ec), issuer: "c");

        Assert.That(provider.Algorithm, Is.EqualTo("ES256"));
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
    }

    [Test]
    public void CreateToken_ClockMovesPastRefresh_IssuesNewToken()
    {
        using var provider = Credentials.Jwt(clock);
        var first = provider.CreateToken(AuthMode.Default);

        clock.Advance(TimeSpan.FromMinutes(1));
        var cached = provider.CreateToken(AuthMode.Default);
        clock.Advance(TimeSpan.FromMinutes(3));
        var fresh = provider.CreateToken(AuthMode.Default);

        Assert.That(cached, Is.EqualTo(first));
        Assert.That(fresh, Is.Not.EqualTo(first));
    }

    [TestCase(AuthMode.Expired, "Lifetime")]
    [TestCase(AuthMode.Forged, "Signature")]
    [TestCase(AuthMode.WrongKey, "Signature")]
    [TestCase(AuthMode.AlgNone, "")]
    public async Task CreateToken_BrokenMode_IsRejectedByValidator(AuthMode mode, string why)
    {
        using var provider = Credentials.Jwt(clock);
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(Credentials.PublicKeyPem);

        var result = await Validate(provider.CreateToken(mode), new RsaSecurityKey(publicKey));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Exception?.GetType().Name ?? string.Empty, Does.Contain(why));
    }

    [Test]
    public void CreateToken_AlgNone_HasEmptySignature()
    {
        using var provider = Credentials.Jwt(clock);

        var token = provider.CreateToken(AuthMode.AlgNone);

        Assert.That(token, Does.EndWith("."));
        Assert.That(JsonNode.Parse(Base64UrlEncoder.Decode(token.Split('.')[0]))!["alg"]!.GetValue<string>(), Is.EqualTo("none"));
    }

    [Test]
    public async Task AuthenticateAsync_GarbageAndNone_GiveNonCredentialOrNothing()
    {
        using var provider = Credentials.Jwt(clock);
        var spec = TestSpec.Create();

        var none = await provider.AuthenticateAsync(CredentialContexts.For(spec, "consumerJwt", AuthMode.None), CancellationToken.None);
        var garbage = await provider.AuthenticateAsync(CredentialContexts.For(spec, "consumerJwt", AuthMode.Garbage), CancellationToken.None);

        Assert.That(none.Headers, Is.Empty);
        Assert.That(garbage.Headers.Single().Value, Does.StartWith("Bearer not-a-jwt-"));
    }

    [Test]
    public void Unavailable_MissingScope_SaysAJwtHasNoScopes()
    {
        using var provider = Credentials.Jwt(clock);
        var scheme = TestSpec.Create().SecuritySchemes["consumerJwt"];

        Assert.That(((ICredentialProvider)provider).Unavailable(scheme, AuthMode.MissingScope, ["read"]), Does.Contain("no scopes"));
        Assert.That(((ICredentialProvider)provider).Unavailable(scheme, AuthMode.Expired, []), Is.Null);
    }

    [Test]
    public void Constructor_NotAKey_ThrowsConfigurationError() =>
        Assert.That(() => new JwtCredentialProvider("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "{}", clock), Throws.TypeOf<ConformanceConfigurationException>());

    private Task<TokenValidationResult> Validate(string token, SecurityKey key, string issuer = "conformance-test-consumer")
    {
        // Each test disposes its key; verifiers must not be cached across tests by key thumbprint.
        key.CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false };
        return new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidIssuer = issuer,
            ValidAudience = "finum-sync-api",
            LifetimeValidator = (notBefore, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        });
    }
}
