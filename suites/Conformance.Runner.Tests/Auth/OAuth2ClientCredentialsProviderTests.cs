using System.Text;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Auth;

public sealed class OAuth2ClientCredentialsProviderTests
{
    private static readonly Conformance.Specs.Model.ApiSpec Spec = AuthSpec.Create();
    // Both are set in SetUp before every test (NUnit shares one fixture instance across tests).
    private FakeTimeProvider clock = null!;
    private RestSharpTransport transport = null!;

    [SetUp]
    public void SetUp()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        transport = new RestSharpTransport();
    }

    [TearDown]
    public void TearDown() => transport.Dispose();

    [Test]
    public async Task AuthenticateAsync_Default_RequestsATokenAtTheContractsTokenUrlWithBasicClientAuth()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var oauth = Create(["read", "write"]);

        var outcome = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        var request = provider.Received.Single();
        Assert.That(request.Path, Is.EqualTo("/auth/v1/oauth/token"));
        Assert.That(request.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:client-secret-1"))));
        Assert.That(request.Body, Is.EqualTo("grant_type=client_credentials&scope=read%20write"));
        Assert.That(outcome.Problem, Is.Null);
        Assert.That(outcome.Headers.Single().Value, Does.StartWith("Bearer oauth-token-"));
    }

    [Test]
    public async Task AuthenticateAsync_BeforeAndAfterExpiry_ReusesThenRefreshesTheToken()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var oauth = Create(["read"]);

        var first = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(45));
        var cached = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10));
        var refreshed = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        Assert.That(cached.Headers, Is.EqualTo(first.Headers));
        Assert.That(refreshed.Headers, Is.Not.EqualTo(first.Headers));
        Assert.That(provider.Received, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task AuthenticateAsync_MissingScope_IsARealTokenWithoutTheRequiredScope()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var oauth = Create(["read", "write"]);

        var outcome = await oauth.AuthenticateAsync(Context(provider, AuthMode.MissingScope), CancellationToken.None);

        Assert.That(provider.Received.Single().Body, Is.EqualTo("grant_type=client_credentials&scope=write"));
        Assert.That(outcome.Headers.Single().Value, Does.StartWith("Bearer oauth-token-"));
    }

    [Test]
    public void Unavailable_MissingScopeWhenOnlyTheRequiredScopeIsGranted_SaysWhy()
    {
        using var oauth = Create(["read"]);
        var scheme = Spec.SecuritySchemes["oauth"];

        Assert.That(oauth.Unavailable(scheme, AuthMode.MissingScope, ["read"]), Does.Contain("grants no scope besides read"));
        Assert.That(oauth.Unavailable(scheme, AuthMode.MissingScope, []), Does.Contain("names no scope"));
        Assert.That(oauth.Unavailable(scheme, AuthMode.Garbage, ["read"]), Is.Null);
    }

    [Test]
    public async Task AuthenticateAsync_Garbage_SendsAnUnknownTokenWithoutATokenRequest()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var oauth = Create(["read"]);

        var outcome = await oauth.AuthenticateAsync(Context(provider, AuthMode.Garbage), CancellationToken.None);

        Assert.That(outcome.Headers.Single().Value, Does.StartWith("Bearer wrong-"));
        Assert.That(provider.Received, Is.Empty);
    }

    [Test]
    public async Task AuthenticateAsync_WrongClientSecret_ReportsTheProblemAndSendsNothing()
    {
        await using var provider = await AuthProvider.StartAsync();
        var masker = new SecretMasker();
        using var oauth = new OAuth2ClientCredentialsProvider("oauth", "/auth/v1/oauth/token", AuthProvider.ClientId, "not-the-secret", ["read"], clock, masker);

        var outcome = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        Assert.That(outcome.Headers, Is.Empty);
        Assert.That(outcome.Problem, Does.Contain("answered 401 without an access_token"));
    }

    [Test]
    public async Task AuthenticateAsync_TokenObtained_IsMaskedFromThenOn()
    {
        await using var provider = await AuthProvider.StartAsync();
        var masker = new SecretMasker();
        using var oauth = new OAuth2ClientCredentialsProvider("oauth", "/auth/v1/oauth/token", AuthProvider.ClientId, AuthProvider.ClientSecret, ["read"], clock, masker);

        var outcome = await oauth.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);
        var token = outcome.Headers.Single().Value["Bearer ".Length..];

        Assert.That(masker.MaskText($"echo {token} back"), Is.EqualTo("echo *** back"));
    }

    private OAuth2ClientCredentialsProvider Create(IReadOnlyList<string> scopes) =>
        new("oauth", "/auth/v1/oauth/token", AuthProvider.ClientId, AuthProvider.ClientSecret, scopes, clock, new SecretMasker());

    private CredentialContext Context(AuthProvider provider, AuthMode mode) =>
        CredentialContexts.For(Spec, "oauth", mode, transport, "readThing", provider.BaseUrl);
}
