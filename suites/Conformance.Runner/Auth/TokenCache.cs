namespace Conformance.Runner.Auth;

/// <summary>
/// Tokens obtained at run time, per key (e.g. a scope set), kept until <see cref="RefreshMargin"/>
/// before they expire on the injected clock and then obtained again. One fetch at a time, so
/// concurrent requests share one token request.
/// </summary>
public sealed class TokenCache(TimeProvider timeProvider) : IDisposable
{
    /// <summary>A token this close to its expiry is not sent any more (10 s): it could expire in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, (string Token, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);
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

    public void Dispose() => gate.Dispose();
}
