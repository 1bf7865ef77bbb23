using System.Collections.Concurrent;
using Conformance.Mock.Auth;
using Conformance.Mock.State;

namespace Conformance.Mock.Apis.Thinksurance.Auth;

/// <summary>
/// API users and their tokens. A token is issued for the user's hash and expires at issue time plus
/// the lifetime, truncated to the second (the contract's <c>expired</c> is to the second, and a token is
/// refused from that second on). A new token does not revoke older ones.
/// </summary>
public sealed class ThinksuranceTokens(TimeProvider clock, TimeSpan lifetime, IReadOnlyDictionary<string, string> activeSecrets) : IResettable
{
    /// <summary>The lifetime the defect that never expires tokens uses instead.</summary>
    public static readonly TimeSpan Forever = TimeSpan.FromDays(365 * 50);

    private readonly OpaqueTokenIssuer issuer = new(clock, Forever + TimeSpan.FromDays(1));
    private readonly ConcurrentDictionary<string, bool> deactivated = new(StringComparer.Ordinal);

    /// <summary>The secret of an active API user, or null (unknown, deactivated or without a secret).</summary>
    public string? Secret(string hash) => deactivated.ContainsKey(hash) ? null : activeSecrets.GetValueOrDefault(hash);

    /// <summary>Whether the token's user is (still) active; a token of a deactivated user stays valid but is refused.</summary>
    public bool IsActive(string hash) => Secret(hash) is not null;

    /// <returns>False for a user the seed does not activate (unknown or without a secret).</returns>
    public bool SetActive(string hash, bool active)
    {
        if (!activeSecrets.ContainsKey(hash))
        {
            return false;
        }

        if (active)
        {
            deactivated.TryRemove(hash, out _);
        }
        else
        {
            deactivated[hash] = true;
        }

        return true;
    }

    /// <summary>Revokes every token and reactivates every seeded user.</summary>
    public void Reset()
    {
        issuer.Reset();
        deactivated.Clear();
    }

    /// <returns>Null for an unknown hash, a wrong secret or a deactivated user.</returns>
    public IssuedToken? Issue(string hash, string secret, bool neverExpire = false)
    {
        if (Secret(hash) is not { } expected || !string.Equals(expected, secret, StringComparison.Ordinal))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var end = now + (neverExpire ? Forever : lifetime);
        var truncated = new DateTimeOffset(end.Ticks - (end.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return issuer.Issue(hash, [], truncated - now);
    }

    /// <summary>The valid token's user hash (active or not), or null.</summary>
    public string? Verify(string? token) =>
        issuer.Verify(token) is { Verdict: TokenVerdict.Valid, Token: { } issued } ? issued.Subject : null;
}
