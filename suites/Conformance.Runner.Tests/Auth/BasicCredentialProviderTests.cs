using System.Text;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Auth;

public sealed class BasicCredentialProviderTests
{
    private static readonly Conformance.Specs.Model.ApiSpec Spec = AuthSpec.Create();
    private readonly BasicCredentialProvider basic = new("api-user", "api-password");

    [Test]
    public async Task AuthenticateAsync_Default_SendsUserAndPasswordInBase64()
    {
        var outcome = await basic.AuthenticateAsync(CredentialContexts.For(Spec, "basic", AuthMode.Default), CancellationToken.None);

        Assert.That(outcome.Headers.Single().Value, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("api-user:api-password"))));
    }

    [Test]
    public async Task AuthenticateAsync_WrongSecret_KeepsTheUserWithAnotherPassword()
    {
        var outcome = await basic.AuthenticateAsync(CredentialContexts.For(Spec, "basic", AuthMode.WrongSecret), CancellationToken.None);

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(outcome.Headers.Single().Value["Basic ".Length..]));
        Assert.That(decoded, Does.StartWith("api-user:").And.Not.EqualTo("api-user:api-password"));
    }

    [Test]
    public async Task AuthenticateAsync_Garbage_IsNotBase64()
    {
        var outcome = await basic.AuthenticateAsync(CredentialContexts.For(Spec, "basic", AuthMode.Garbage), CancellationToken.None);

        var value = outcome.Headers.Single().Value["Basic ".Length..];
        Assert.That(() => Convert.FromBase64String(value), Throws.TypeOf<FormatException>());
    }
}
