using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

/// <summary>
/// One reference provider per fixture on a free loopback port, reset before each test; after each
/// test every Thinksurance answer it received must have been valid against the contract.
/// </summary>
public abstract class ThinksuranceTestBase() : ModuleTestBase("thinksurance", "/thinksurance", "Thinksurance")
{
    public const string Hash = "5b1f0c9e2d7a4836b0e1f4c2a9d8e7f3";
    public const string Secret = "ts-test-only-4d9e2b7c1a6f3e08";
    public const string DeactivatedHash = "e3d1c5a7b9f24e6080a2c4e6f8b0d2c1";
    public const string AccountToken = "a7c3e9f1b5d2048c6e1a3f5b7d9c0e2a";

    /// <summary>A valid API token, fetched after each reset.</summary>
    protected string Token { get; private set; } = string.Empty;

    protected override async Task AuthorizeAsync()
    {
        Token = (await PostAsync("api/ipn/tokens", new JsonObject { ["hash"] = Hash, ["secret"] = Secret }))["token"]!.GetValue<string>();
    }

    protected static Uri Api(string relative) => new("/thinksurance/" + relative.TrimStart('/'), UriKind.Relative);

    /// <summary>Sends raw text with the given headers; every Thinksurance answer is HTTP 200 JSON, which is asserted here.</summary>
    protected async Task<JsonObject> SendAsync(HttpMethod method, string relative, string? body, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, Api(relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    protected Task<JsonObject> PostAsync(string relative, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, relative, body.ToJsonString(), headers);

    /// <summary>The V1.1 headers: the bearer token and a tenant (the account unless a broker token is given).</summary>
    protected Dictionary<string, string> Tenant(string? brokerToken = null, string? token = null)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + (token ?? Token) };
        headers[brokerToken is null ? "X-Account-Token" : "X-Broker-Token"] = brokerToken ?? AccountToken;
        return headers;
    }

    protected Task<JsonObject> ListAsync(string? brokerToken = null) => SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, Tenant(brokerToken));

    protected Task<JsonObject> AddAsync(JsonNode body, string? brokerToken = null) => PostAsync("api/ipn/agency-numbers", body, Tenant(brokerToken));

    protected Task<JsonObject> DeleteAsync(JsonNode body, string? brokerToken = null) => SendAsync(HttpMethod.Delete, "api/ipn/agency-numbers", body.ToJsonString(), Tenant(brokerToken));

    /// <summary>A new broker of the account (a company); returns its bToken.</summary>
    protected async Task<string> NewBrokerAsync(string externalId)
    {
        var answer = await PostAsync("api/ipn/brokers", new JsonObject
        {
            ["type"] = 1,
            ["bExternalId"] = externalId,
            ["bEmail"] = externalId + "@makler-beispiel.de",
            ["bCompany"] = "Makler Beispiel GmbH",
        }, Tenant());
        Assert.That(answer["bToken"], Is.Not.Null, answer.ToJsonString());
        return answer["bToken"]!.GetValue<string>();
    }

    /// <summary>Calls an admin hook of the module; they answer HTTP 200 in the API's convention.</summary>
    protected async Task<JsonObject> AdminAsync(HttpMethod method, string relative, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri("/__admin/thinksurance/" + relative, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Advances the provider clock through the generic admin API, which runs everything that became due.</summary>
    protected async Task AdvanceAsync(double seconds)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/__admin/clock/advance", UriKind.Relative), new { seconds });
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    protected static JsonObject Number(string number, bool tenders = false, bool calculations = false, string? uniqueId = null)
    {
        var json = new JsonObject { ["agencyNumber"] = number, ["defaultForTenders"] = tenders, ["defaultForCalculations"] = calculations, ["active"] = true };
        if (uniqueId is not null)
        {
            json["externalUniqueId"] = uniqueId;
        }

        return json;
    }

    protected static JsonObject Sets(params JsonObject[] holders) => new() { ["agencyNumberSets"] = new JsonArray([.. holders]) };

    protected static JsonObject Holder(string field, string value, params JsonObject[] numbers) => new() { [field] = value, ["agencyNumbers"] = new JsonArray([.. numbers]) };
}
