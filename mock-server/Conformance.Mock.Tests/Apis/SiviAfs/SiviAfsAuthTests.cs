using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

public sealed class SiviAfsAuthTests : SiviAfsTestBase
{
    [Test]
    public async Task Token_BasicClient_IssuesBearerTokenNotToBeCached()
    {
        using var response = await TokenResponseAsync(ClientId, Secret(ClientId));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(body["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
        Assert.That(body["expires_in"]!.GetValue<int>(), Is.EqualTo(3600));
        Assert.That(body["scope"]!.GetValue<string>(), Is.EqualTo("afs.read afs.write"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.Pragma.ToString(), Is.EqualTo("no-cache"));
    }

    [Test]
    public async Task Token_FormCredentials_IssuesToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Api("oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", ReaderId), new("client_secret", Secret(ReaderId))]),
        };

        using var response = await Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["scope"]!.GetValue<string>(), Is.EqualTo("afs.read"));
    }

    [TestCase("wrong-secret", 401, "invalid_client")]
    [TestCase(null, 400, "invalid_scope")]
    public async Task Token_BadClientOrScope_AnswersOAuthError(string? secret, int status, string error)
    {
        using var response = await TokenResponseAsync(ReaderId, secret ?? Secret(ReaderId), secret is null ? "afs.write" : null);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Is.EqualTo(error));
        if (status == 401)
        {
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Basic realm=\"sivi-afs\""));
        }
    }

    [Test]
    public async Task Token_OtherGrantType_AnswersUnsupportedGrantType()
    {
        using var response = await TokenResponseAsync(ClientId, Secret(ClientId), form: [new("grant_type", "password")]);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Is.EqualTo("unsupported_grant_type"));
    }

    [Test]
    public async Task Token_BothAuthenticationMethods_AnswersInvalidRequest()
    {
        using var response = await TokenResponseAsync(ClientId, Secret(ClientId), form: [new("grant_type", "client_credentials"), new("client_id", ClientId), new("client_secret", Secret(ClientId))]);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
    }

    [Test]
    public async Task Retrieve_NoToken_Answers401WithBearerChallenge()
    {
        Client.DefaultRequestHeaders.Authorization = null;

        using var response = await GetAsync("policies");

        var error = await ErrorAsync(response, 401);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("10"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer realm=\"sivi-afs\""));
    }

    [Test]
    public async Task Retrieve_UnknownToken_Answers401InvalidToken()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token-of-this-provider");

        using var response = await GetAsync("policies/POL0000001");

        await ErrorAsync(response, 401);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_token\""));
    }

    [Test]
    public async Task Retrieve_TokenPastItsLifetimeOnTheProviderClock_Answers401()
    {
        using (var before = await GetAsync("policies/POL0000001"))
        {
            Assert.That((int)before.StatusCode, Is.EqualTo(200));
        }

        await AdvanceAsync(3600);

        using var response = await GetAsync("policies/POL0000001");
        var error = await ErrorAsync(response, 401);
        Assert.That(error["errorDescription"]!.GetValue<string>(), Does.Contain("expired"));
    }

    [Test]
    public async Task Retrieve_ReaderToken_IsServed()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ReaderId));

        using var response = await GetAsync("parties/PTY0000001");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Reset_RevokesIssuedTokens()
    {
        var token = Client.DefaultRequestHeaders.Authorization!.Parameter;
        using (var reset = await Client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null))
        {
            Assert.That((int)reset.StatusCode, Is.EqualTo(200));
        }

        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await GetAsync("policies");

        await ErrorAsync(response, 401);
    }
}
