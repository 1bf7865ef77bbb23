using System.Collections.Concurrent;
using System.Security.Cryptography;
using Conformance.Mock.State;

namespace Conformance.Mock.Auth;

/// <summary>
/// Opaque bearer tokens for modules whose API hands out tokens (OAuth2 client credentials, a token
/// operation): 256 random bits from the operating system's CSPRNG as base64url text, so tokens cannot
/// be guessed; expiry is judged on the provider clock, so advancing the clock expires them. A token
/// is expired from its <see cref="IssuedToken.ExpiresAt"/> on (inclusive). Reset revokes all.
/// </summary>
public sealed class OpaqueTokenIssuer(TimeProvider clock, TimeSpan lifetime) : IResettable
{
    private readonly ConcurrentDictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime { get; } = lifetime > TimeSpan.Zero ? lifetime : throw new ArgumentOutOfRangeException(nameof(lifetime), "A token lifetime must be positive.");

    public IssuedToken Issue(string subject, IEnumerable<string> scopes, TimeSpan? lifetimeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var now = clock.GetUtcNow();
        var value = Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new IssuedToken(value, subject, scopes.ToHashSet(StringComparer.Ordinal), now, now + (lifetimeOverride ?? Lifetime));
        tokens[value] = token;
        return token;
    }

    /// <param name="token">The token text as presented (e.g. after <c>Bearer </c>); null or empty is unknown.</param>
    /// <param name="requiredScopes">Every one must be granted.</param>
    public TokenCheck Verify(string? token, params string[] requiredScopes)
    {
        ArgumentNullException.ThrowIfNull(requiredScopes);
        if (string.IsNullOrEmpty(token) || !tokens.TryGetValue(token, out var issued))
        {
            return new TokenCheck(TokenVerdict.Unknown, null);
        }

        if (clock.GetUtcNow() >= issued.ExpiresAt)
        {
            return new TokenCheck(TokenVerdict.Expired, issued);
        }

        return Array.TrueForAll(requiredScopes, issued.Scopes.Contains)
            ? new TokenCheck(TokenVerdict.Valid, issued)
            : new TokenCheck(TokenVerdict.MissingScope, issued);
    }

    /// <returns>False when the token was not known.</returns>
    public bool Revoke(string token) => tokens.TryRemove(token, out _);

    /// <summary>Forgets expired tokens (they would verify as <see cref="TokenVerdict.Unknown"/> from then on).</summary>
    public int Prune()
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var (value, issued) in tokens)
        {
            if (now >= issued.ExpiresAt && tokens.TryRemove(value, out _))
            {
                removed++;
            }
        }

        return removed;
    }

    public void Reset() => tokens.Clear();

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
