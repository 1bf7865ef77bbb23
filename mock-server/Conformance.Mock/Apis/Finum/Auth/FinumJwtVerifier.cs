using System.Collections.Concurrent;
using Conformance.Mock.Clock;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Mock.Apis.Finum.Auth;

/// <summary>
/// Verifies consumer-signed JWTs as the contract says: RS256 or ES256 only (no <c>none</c>, no HMAC),
/// signature by the key registered for <c>iss</c>, <c>aud</c> = <c>finum-sync-api</c>, <c>exp</c>
/// required, lifetime at most one hour, 60 s clock skew, all on the provider clock. Tokens whose
/// signature checked out are cached by their text (at most 10,000, cleared when full); expiry is
/// re-checked against the clock on every use.
/// </summary>
public sealed class FinumJwtVerifier
{
    public const string Audience = "finum-sync-api";
    public static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);
    private const int CacheLimit = 10_000;

    /// <summary>An unsigned token run through validation once at start, so the first real request finds the code ready.</summary>
    public const string WarmUpHeader = "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJ3YXJtLXVwIiwiYXVkIjoiZmludW0tc3luYy1hcGkiLCJleHAiOjF9.";

    private readonly ProviderClock clock;
    private readonly JsonWebTokenHandler handler = new() { MaximumTokenSizeInBytes = 16 * 1024 };
    private readonly TokenValidationParameters parameters;
    private readonly ConcurrentDictionary<string, FinumTokenVerdict> accepted = new(StringComparer.Ordinal);

    public FinumJwtVerifier(ProviderClock clock, IReadOnlyDictionary<string, SecurityKey> trustedKeys)
    {
        this.clock = clock;
        parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = [.. trustedKeys.Keys],
            ValidateAudience = true,
            ValidAudience = Audience,
            ValidateLifetime = false,
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256],
            ValidateIssuerSigningKey = true,
            IssuerSigningKeyResolver = (_, token, _, _) =>
                token is JsonWebToken jwt && trustedKeys.TryGetValue(jwt.Issuer, out var key) ? [key] : [],
        };
    }

    /// <summary>Checks an <c>Authorization</c> header value; never throws for bad input.</summary>
    public async ValueTask<FinumTokenVerdict> VerifyAsync(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return FinumTokenVerdict.Refused("The request has no bearer token.");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return FinumTokenVerdict.Refused("The Authorization header must use the Bearer scheme.");
        }

        var token = authorization[7..].Trim();
        var now = clock.GetUtcNow();
        if (accepted.TryGetValue(token, out var cached))
        {
            return now > cached.ExpiresAt + Skew ? FinumTokenVerdict.Refused("The token has expired.") : cached;
        }

        var verdict = await ValidateAsync(token, now);
        if (verdict.Accepted)
        {
            if (accepted.Count >= CacheLimit)
            {
                accepted.Clear();
            }

            accepted[token] = verdict;
        }

        return verdict;
    }

    private async Task<FinumTokenVerdict> ValidateAsync(string token, DateTimeOffset now)
    {
        if (token.Length == 0 || !handler.CanReadToken(token))
        {
            return FinumTokenVerdict.Refused("The token is not a well-formed JWT.");
        }

        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(token, parameters);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or FormatException)
        {
            return FinumTokenVerdict.Refused("The token could not be read.");
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return FinumTokenVerdict.Refused(Describe(result.Exception));
        }

        if (!jwt.TryGetPayloadValue<long>("exp", out var exp))
        {
            return FinumTokenVerdict.Refused("The token has no exp claim.");
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (now > expiresAt + Skew)
        {
            return FinumTokenVerdict.Refused("The token has expired.");
        }

        if (jwt.TryGetPayloadValue<long>("nbf", out var nbf) && now + Skew < DateTimeOffset.FromUnixTimeSeconds(nbf))
        {
            return FinumTokenVerdict.Refused("The token is not valid yet (nbf).");
        }

        var issuedAt = jwt.TryGetPayloadValue<long>("iat", out var iat) ? DateTimeOffset.FromUnixTimeSeconds(iat) : now;
        if (expiresAt - issuedAt > MaxLifetime + Skew)
        {
            return FinumTokenVerdict.Refused("The token lives longer than one hour.");
        }

        return new FinumTokenVerdict(jwt.Issuer, expiresAt, null);
    }

    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidAudienceException => "The token's audience must be finum-sync-api.",
        SecurityTokenInvalidIssuerException => "No key is registered for the token's issuer.",
        SecurityTokenInvalidAlgorithmException => "The token's algorithm is not accepted (RS256 or ES256 only).",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
        _ when ex?.Message.Contains("IDX10504", StringComparison.Ordinal) == true => "The token is not signed.",
        _ => "The token is invalid.",
    };
}
