using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Support;

/// <summary>
/// Starts one reference provider per fixture on a free loopback port, resets it before each test and,
/// after each test, fails it if any FiNUM answer it received broke the contract.
/// </summary>
public abstract class FinumTestBase() : ModuleTestBase("finum", "/finum/v1", "FiNUM")
{

    protected override Task AuthorizeAsync()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(Now));
        return Task.CompletedTask;
    }

    protected static Uri Api(string relative) => new("/finum/v1/" + relative.TrimStart('/'), UriKind.Relative);

    protected Task<HttpResponseMessage> GetAsync(string relative) => Client.GetAsync(Api(relative));

    protected async Task<JsonNode> GetJsonAsync(string relative)
    {
        using var response = await GetAsync(relative);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    protected Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string relative, string json, string contentType = "application/json") =>
        Client.SendAsync(new HttpRequestMessage(method, Api(relative)) { Content = new StringContent(json, Encoding.UTF8, contentType) });

    protected Task<HttpResponseMessage> PostJsonAsync(string relative, object body) => Client.PostAsJsonAsync(Api(relative), body);

    protected Task<HttpResponseMessage> PatchJsonAsync(string relative, object body) => Client.PatchAsJsonAsync(Api(relative), body);

    /// <summary>Advances the provider clock through the admin API, which runs everything that became due.</summary>
    protected async Task<JsonNode> AdvanceAsync(double seconds)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/__admin/clock/advance", UriKind.Relative), new { seconds });
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    protected async Task<JsonNode> ContractAsync(string id) => (await GetJsonAsync($"contract-list?id-list={id}")).AsArray()[0]!;

    /// <summary>Creates a contract for the first seeded person with complete data; returns its JSON.</summary>
    protected async Task<JsonNode> CreateProposalAsync(string? callbackUrl = null, bool complete = true)
    {
        var holder = await CompletePersonAsync();
        var body = new JsonObject { ["status"] = 120, ["holderId"] = holder, ["productId"] = "P1001" };
        if (complete)
        {
            body["startDate"] = "2026-03-01";
            body["paymentInterval"] = "monthly";
        }

        if (callbackUrl is not null)
        {
            body["callbackUrl"] = callbackUrl;
        }

        using var response = await SendJsonAsync(HttpMethod.Post, "contract", body.ToJsonString());
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Creates a person with birth date and address, so proposals for them are complete.</summary>
    protected async Task<string> CompletePersonAsync()
    {
        using var response = await PostJsonAsync("client", new
        {
            type = "person",
            salutation = "ms",
            firstName = "Anna",
            lastName = "Gruber",
            birthDate = "1985-04-12",
            email = "anna.gruber@example.at",
            address = new { street = "Mariahilfer Straße", houseNumber = "12", postalCode = "1070", city = "Wien", country = "AT" },
        });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }
}
