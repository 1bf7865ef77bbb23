using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;
using Conformance.Specs;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>
/// One reference provider per fixture on a free loopback port, reset before each test, a token of the
/// full test client in every request; after each test every SIVI answer must have matched the contract.
/// </summary>
public abstract class SiviAfsTestBase() : ModuleTestBase("sivi-afs", "/sivi-afs/v1", "SIVI AFS")
{
    protected const string ClientId = "conformance-test-client";
    protected const string ReaderId = "conformance-test-reader";

    protected static string Secret(string clientId) =>
        File.ReadAllText(Path.Combine(FixturePaths.Require(), "credentials", "sivi-afs", clientId + ".secret.txt")).Trim();

    protected override async Task AuthorizeAsync()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ClientId));
        Client.DefaultRequestHeaders.Accept.Clear();
    }

    protected static Uri Api(string relative) => new("/sivi-afs/v1/" + relative.TrimStart('/'), UriKind.Relative);

    /// <summary>A token by HTTP Basic for a test client; null scope = every scope the client has.</summary>
    protected async Task<string> TokenAsync(string clientId, string? scope = null)
    {
        using var response = await TokenResponseAsync(clientId, Secret(clientId), scope);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
    }

    protected async Task<HttpResponseMessage> TokenResponseAsync(string clientId, string secret, string? scope = null, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var fields = form?.ToList() ?? [new("grant_type", "client_credentials")];
        if (scope is not null)
        {
            fields.Add(new("scope", scope));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Api("oauth/token")) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        return await Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> GetAsync(string relative) => Client.GetAsync(Api(relative));

    protected async Task<JsonObject> GetJsonAsync(string relative)
    {
        using var response = await GetAsync(relative);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The ids of the main objects of a collection answer, in answer order (none for 204).</summary>
    protected async Task<IReadOnlyList<string>> IdsAsync(string relative, string mainEntity = "policy")
    {
        using var response = await GetAsync(relative);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode == 204)
        {
            Assert.That(text, Is.Empty);
            return [];
        }

        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        // Main objects only: related parties of a party dataset carry partyRef.
        return [.. JsonNode.Parse(text)![mainEntity]!.AsArray().Where(p => p![mainEntity + "Ref"] is null).Select(p => p!["refKey"]!.GetValue<string>())];
    }

    protected Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string relative, string json, string contentType = "application/json") =>
        Client.SendAsync(new HttpRequestMessage(method, Api(relative)) { Content = new StringContent(json, Encoding.UTF8, contentType) });

    protected async Task AdvanceAsync(double seconds)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/__admin/clock/advance", UriKind.Relative), new { seconds });
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    /// <summary>The first error object of an AFD error answer, after checking its status and that httpStatus repeats it.</summary>
    protected static async Task<JsonObject> ErrorAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        var error = JsonNode.Parse(text)!["error"]![0]!.AsObject();
        Assert.That(error["httpStatus"]!.GetValue<string>(), Is.EqualTo(status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return error;
    }
}
