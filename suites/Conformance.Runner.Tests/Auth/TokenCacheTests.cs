using Conformance.Runner.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Auth;

public sealed class TokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Expired_AfterTheLapsedTokenWasReplaced_IsTheReplacedOne()
    {
        var clock = new FakeTimeProvider(Start);
        using var cache = new TokenCache(clock);
        var issued = 0;
        Task<ObtainedToken> Fetch(CancellationToken _) =>
            Task.FromResult(new ObtainedToken($"token-{++issued}", clock.GetUtcNow().AddMinutes(15), null));

        await cache.GetAsync("k", Fetch, CancellationToken.None);
        var beforeExpiry = cache.Expired("k");
        clock.Advance(TimeSpan.FromMinutes(16));
        var lapsed = cache.Expired("k");
        var fresh = await cache.GetAsync("k", Fetch, CancellationToken.None);

        Assert.That(beforeExpiry, Is.Null);
        Assert.That(lapsed, Is.EqualTo("token-1"));
        Assert.That(fresh.Token, Is.EqualTo("token-2"));
        Assert.That(cache.Expired("k"), Is.EqualTo("token-1"));
        Assert.That(cache.Expired("other"), Is.Null);
    }
}
