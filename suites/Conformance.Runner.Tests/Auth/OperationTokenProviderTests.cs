using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Runner.Tests.Auth;

public sealed class OperationTokenProviderTests
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
    public async Task AuthenticateAsync_Default_CallsTheDeclaredOperationWithTheCredentialValues()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create(AuthProvider.Secret);

        var outcome = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        var request = provider.Received.Single();
        Assert.That((request.Method, request.Path), Is.EqualTo(("POST", "/auth/v1/tokens")));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body), JsonNode.Parse("""{"hash":"hash-1","secret":"secret-value-1"}""")), Is.True);
        Assert.That(outcome.Headers.Single().Value, Does.StartWith("Bearer op-token-"));
    }

    [Test]
    public async Task AuthenticateAsync_UntilAndAfterTheAnsweredExpiry_ReusesThenRefreshes()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create(AuthProvider.Secret);

        var first = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(14));
        var cached = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var refreshed = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        Assert.That(cached.Headers, Is.EqualTo(first.Headers));
        Assert.That(refreshed.Headers, Is.Not.EqualTo(first.Headers));
    }

    [Test]
    public async Task AuthenticateAsync_ExpiredAfterTheTokenLapsed_SendsThatIssuedToken()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create(AuthProvider.Secret);
        var first = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await tokens.AuthenticateAsync(Context(provider, AuthMode.Expired), CancellationToken.None);
        var fresh = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        Assert.That(expired.Headers, Is.EqualTo(first.Headers));
        Assert.That(fresh.Headers, Is.Not.EqualTo(first.Headers));
    }

    [Test]
    public async Task AuthenticateAsync_ExpiredBeforeAnyTokenLapsed_SaysWhyNothingIsSent()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create(AuthProvider.Secret);
        await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        var expired = await tokens.AuthenticateAsync(Context(provider, AuthMode.Expired), CancellationToken.None);

        Assert.That(expired.Headers, Is.Empty);
        Assert.That(expired.Problem, Is.EqualTo(TokenCache.NoneExpired));
    }

    [Test]
    public async Task AuthenticateAsync_ErrorAnsweredWithStatus200_ReportsNoTokenAtThePointer()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create("wrong-secret-value");

        var outcome = await tokens.AuthenticateAsync(Context(provider, AuthMode.Default), CancellationToken.None);

        Assert.That(outcome.Headers, Is.Empty);
        Assert.That(outcome.Problem, Is.EqualTo("createToken was answered 200 without a token at /token"));
    }

    [Test]
    public async Task AuthenticateAsync_Garbage_SendsATokenNobodyIssued()
    {
        await using var provider = await AuthProvider.StartAsync();
        using var tokens = Create(AuthProvider.Secret);

        var outcome = await tokens.AuthenticateAsync(Context(provider, AuthMode.Garbage), CancellationToken.None);

        Assert.That(outcome.Headers.Single().Value, Does.StartWith("Bearer wrong-"));
        Assert.That(provider.Received, Is.Empty);
    }

    [Test]
    public void Read_TokenSpec_ListsTheCredentialNamesOfItsBody()
    {
        var token = SchemeExtensions.Token(Spec, "opToken")!;

        Assert.That(token.OperationId, Is.EqualTo("createToken"));
        Assert.That(token.CredentialNames, Is.EqualTo(new[] { "hash", "secret" }));
        Assert.That((token.Token, token.ExpiresAt), Is.EqualTo(("/token", "/expired")));
    }

    private OperationTokenProvider Create(string secret) =>
        new("opToken", SchemeExtensions.Token(Spec, "opToken")!, new Dictionary<string, string> { ["hash"] = AuthProvider.Hash, ["secret"] = secret }, clock, new SecretMasker());

    private CredentialContext Context(AuthProvider provider, AuthMode mode) =>
        CredentialContexts.For(Spec, "opToken", mode, transport, "opThing", provider.BaseUrl);
}
