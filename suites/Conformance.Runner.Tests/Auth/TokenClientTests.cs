using Conformance.Runner.Auth;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Auth;

public sealed class TokenClientTests
{
    private static readonly TokenClient Client = new(new InMemoryTransport(_ => InMemoryTransport.Json(204, null)), "http://127.0.0.1:5080/sivi-afs/v1", null);

    [TestCase("/sivi-afs/v1/oauth/token", "http://127.0.0.1:5080/sivi-afs/v1/oauth/token")]
    [TestCase("oauth/token", "http://127.0.0.1:5080/sivi-afs/v1/oauth/token")]
    [TestCase("https://login.example.org/token", "https://login.example.org/token")]
    public void Resolve_TokenUrl_IsResolvedAgainstTheApiBaseUrl(string tokenUrl, string expected) =>
        Assert.That(Client.Resolve(tokenUrl), Is.EqualTo(expected));

    [Test]
    public async Task SendAsync_Request_IsRememberedWithoutCredentialsOfItsOwn()
    {
        var client = new TokenClient(new InMemoryTransport(_ => InMemoryTransport.Json(200, "{}")), "http://p/api", TimeSpan.FromSeconds(3));

        await client.SendAsync(new TransportRequest { Method = "POST", Url = "http://p/api/token" }, null, CancellationToken.None);

        Assert.That(client.Exchanges.Single().Request.Timeout, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(client.Exchanges.Single().Request.Credentials, Is.Null);
    }
}
