namespace Conformance.Runner.Auth;

/// <summary>
/// Tokens obtained at run time, per key (e.g. a scope set), kept until <see cref="RefreshMargin"/>
/// before they expire on the injected clock and then obtained again. One fetch at a time, so
/// concurrent requests share one token request. The token a key had before its latest one is kept
/// too, so <see cref="Expired"/> can hand out a real token once it has expired (a flow advances the
/// provider's clock and checks the provider refuses it).
/// </summary>
public sealed class TokenCache(TimeProvider timeProvider) : IDisposable
{
    /// <summary>A token this close to its expiry is not sent any more (10 s): it could expire in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(10);

    /// <summary>Why <see cref="Expired"/> has nothing to send, for the step's record.</summary>
    public const string NoneExpired = "no token of this run has expired on the provider's clock yet (a flow advances the provider's clock past the token's lifetime first)";

    private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> retired = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The cached token for <paramref name="key"/>, or a new one from <paramref name="fetch"/> (null token: not cached).</summary>
    public async Task<ObtainedToken> GetAsync(string key, Func<CancellationToken, Task<ObtainedToken>> fetch, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (tokens.TryGetValue(key, out var cached) && cached.Expires - now > RefreshMargin)
            {
                return new ObtainedToken(cached.Token, cached.Expires, null);
            }

            var obtained = await fetch(cancellationToken);
            if (obtained.Token is { } token)
            {
                if (tokens.TryGetValue(key, out var previous))
                {
                    retired[key] = previous;
                }

                tokens[key] = (token, obtained.Expires);
            }
            else
            {
                tokens.Remove(key);
            }

            return obtained;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The most recent token of <paramref name="key"/> that has expired on the clock (the current one or
    /// the one it replaced), or null when none has: then no genuinely expired token can be sent.
    /// </summary>
    public string? Expired(string key)
    {
        var now = timeProvider.GetUtcNow();
        gate.Wait();
        try
        {
            return tokens.TryGetValue(key, out var current) && current.Expires <= now ? current.Token
                : retired.TryGetValue(key, out var old) && old.Expires <= now ? old.Token
                : null;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
