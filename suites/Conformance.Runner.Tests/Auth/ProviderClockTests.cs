using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Auth;

public sealed class ProviderClockTests
{
    private static readonly Conformance.Specs.Model.ApiSpec Spec = AuthSpec.Create();
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    // Set in SetUp before every test (NUnit shares one fixture instance across tests).
    private FakeTimeProvider runner = null!;
    private ProviderClock clock = null!;
    private RestSharpTransport inner = null!;
    private ProviderClockTransport transport = null!;

    [SetUp]
    public void SetUp()
    {
        runner = new FakeTimeProvider(Start);
        clock = new ProviderClock(runner);
        inner = new RestSharpTransport();
        transport = new ProviderClockTransport(inner, clock);
    }

    [TearDown]
    public void TearDown() => inner.Dispose();

    [Test]
    public void Observe_DateAheadOfTheRunner_ReadsTheProvidersTime()
    {
        clock.Observe(Answer("Thu, 01 Jan 2026 01:00:00 GMT"), Start);

        Assert.That(clock.GetUtcNow(), Is.EqualTo(Start.AddHours(1)));
        runner.Advance(TimeSpan.FromMinutes(5));
        Assert.That(clock.GetUtcNow(), Is.EqualTo(Start.AddHours(1).AddMinutes(5)));
    }

    [TestCase(null)]
    [TestCase("yesterday")]
    public void Observe_NoOrUnreadableDate_KeepsTheOffset(string? date)
    {
        clock.Observe(Answer("Wed, 31 Dec 2025 23:59:00 GMT"), Start);

        clock.Observe(Answer(date), Start);

        Assert.That(clock.Offset, Is.EqualTo(TimeSpan.FromMinutes(-1)));
    }

    [Test]
    public async Task SendAsync_ProviderClockMovedPastTheTokensExpiry_NextRequestGetsANewToken()
    {
        await using var provider = await AuthProvider.StartAsync();
        var providerNow = Start;
        provider.Clock = () => providerNow;
        using var tokens = new OperationTokenProvider("opToken", SchemeExtensions.Token(Spec, "opToken")!,
            new Dictionary<string, string> { ["hash"] = AuthProvider.Hash, ["secret"] = AuthProvider.Secret }, clock, new SecretMasker());
        var first = await tokens.AuthenticateAsync(Context(provider, "opToken", "opThing"), CancellationToken.None);
        var cached = await tokens.AuthenticateAsync(Context(provider, "opToken", "opThing"), CancellationToken.None);

        providerNow = Start.AddMinutes(20);
        await transport.SendAsync(new TransportRequest { Method = "GET", Url = provider.BaseUrl + "/things" }, CancellationToken.None);
        var refreshed = await tokens.AuthenticateAsync(Context(provider, "opToken", "opThing"), CancellationToken.None);

        Assert.That(cached.Headers, Is.EqualTo(first.Headers));
        Assert.That(refreshed.Headers, Is.Not.EqualTo(first.Headers));
        Assert.That(runner.GetUtcNow(), Is.EqualTo(Start), "the runner's own clock never moved");
    }

    [Test]
    public async Task SendAsync_ProviderClockAheadWhenTheTokenIsIssued_TokenLivesItsLifetimeOnThatClock()
    {
        await using var provider = await AuthProvider.StartAsync();
        provider.Clock = () => runner.GetUtcNow().AddHours(1);
        using var oauth = new OAuth2ClientCredentialsProvider("oauth", "/auth/v1/oauth/token", AuthProvider.ClientId, AuthProvider.ClientSecret, ["read"], clock, new SecretMasker());

        var first = await oauth.AuthenticateAsync(Context(provider, "oauth", "readThing"), CancellationToken.None);
        runner.Advance(TimeSpan.FromSeconds(30));
        var cached = await oauth.AuthenticateAsync(Context(provider, "oauth", "readThing"), CancellationToken.None);
        runner.Advance(TimeSpan.FromSeconds(30));
        var refreshed = await oauth.AuthenticateAsync(Context(provider, "oauth", "readThing"), CancellationToken.None);

        Assert.That(cached.Headers, Is.EqualTo(first.Headers), "60 s expires_in counted from the provider's issue time, not refused at once");
        Assert.That(refreshed.Headers, Is.Not.EqualTo(first.Headers));
    }

    private static TransportResult Answer(string? date) =>
        new() { StatusCode = 200, Headers = date is null ? [] : [new("Date", date)] };

    private CredentialContext Context(AuthProvider provider, string scheme, string operationId) =>
        CredentialContexts.For(Spec, scheme, AuthMode.Default, transport, operationId, provider.BaseUrl);
}
