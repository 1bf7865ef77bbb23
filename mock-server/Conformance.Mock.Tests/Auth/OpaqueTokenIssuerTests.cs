using Conformance.Mock.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Mock.Tests.Auth;

public sealed class OpaqueTokenIssuerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Verify_FreshTokenWithItsScopes_IsValid()
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromMinutes(15));
        var token = issuer.Issue("client-a", ["afs.read", "afs.write"]);

        var check = issuer.Verify(token.Value, "afs.read");

        Assert.That(check.Verdict, Is.EqualTo(TokenVerdict.Valid));
        Assert.That(check.Token!.Subject, Is.EqualTo("client-a"));
        Assert.That(token.ExpiresAt, Is.EqualTo(Start.AddMinutes(15)));
    }

    [Test]
    public void Verify_AtExpiryOnTheClock_IsExpired()
    {
        var clock = new FakeTimeProvider(Start);
        var issuer = new OpaqueTokenIssuer(clock, TimeSpan.FromMinutes(15));
        var token = issuer.Issue("client-a", []);

        clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1));
        var before = issuer.Verify(token.Value).Verdict;
        clock.Advance(TimeSpan.FromTicks(1));
        var at = issuer.Verify(token.Value).Verdict;

        Assert.That(before, Is.EqualTo(TokenVerdict.Valid));
        Assert.That(at, Is.EqualTo(TokenVerdict.Expired));
        Assert.That(token.SecondsLeft(clock.GetUtcNow()), Is.Zero);
    }

    [Test]
    public void Verify_ScopeNotGranted_IsMissingScope()
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromHours(1));
        var token = issuer.Issue("reader", ["afs.read"]);

        Assert.That(issuer.Verify(token.Value, "afs.read", "afs.write").Verdict, Is.EqualTo(TokenVerdict.MissingScope));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-a-token")]
    public void Verify_UnknownText_IsUnknown(string? text)
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromHours(1));
        issuer.Issue("a", []);

        Assert.That(issuer.Verify(text).Verdict, Is.EqualTo(TokenVerdict.Unknown));
    }

    [Test]
    public void Reset_RevokesEveryToken()
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromHours(1));
        var a = issuer.Issue("a", []);
        var b = issuer.Issue("b", []);

        issuer.Reset();

        Assert.That(new[] { issuer.Verify(a.Value).Verdict, issuer.Verify(b.Value).Verdict }, Is.All.EqualTo(TokenVerdict.Unknown));
    }

    [Test]
    public void Revoke_OneToken_LeavesTheOthers()
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromHours(1));
        var a = issuer.Issue("a", []);
        var b = issuer.Issue("b", []);

        Assert.That(issuer.Revoke(a.Value), Is.True);
        Assert.That(issuer.Verify(a.Value).Verdict, Is.EqualTo(TokenVerdict.Unknown));
        Assert.That(issuer.Verify(b.Value).Verdict, Is.EqualTo(TokenVerdict.Valid));
    }

    [Test]
    public void Issue_ManyTokens_AreDistinctUrlSafeAnd256Bit()
    {
        var issuer = new OpaqueTokenIssuer(new FakeTimeProvider(Start), TimeSpan.FromHours(1));

        var values = Enumerable.Range(0, 1000).Select(_ => issuer.Issue("a", []).Value).ToList();

        Assert.That(values.Distinct().Count(), Is.EqualTo(1000));
        Assert.That(values, Is.All.Match("^[A-Za-z0-9_-]{43}$"));
    }

    [Test]
    public void Prune_ExpiredTokens_AreForgotten()
    {
        var clock = new FakeTimeProvider(Start);
        var issuer = new OpaqueTokenIssuer(clock, TimeSpan.FromMinutes(1));
        var old = issuer.Issue("a", []);
        clock.Advance(TimeSpan.FromMinutes(2));
        var fresh = issuer.Issue("b", []);

        Assert.That(issuer.Prune(), Is.EqualTo(1));
        Assert.That(issuer.Verify(old.Value).Verdict, Is.EqualTo(TokenVerdict.Unknown));
        Assert.That(issuer.Verify(fresh.Value).Verdict, Is.EqualTo(TokenVerdict.Valid));
    }
}
