using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Seyna;

/// <summary>
/// One reference provider per fixture on a free loopback port, reset before each test; after each
/// test, every Seyna answer received must have validated against the Seyna contract.
/// </summary>
public abstract class SeynaTestBase() : ModuleTestBase("seyna", "/seyna/v2", "Seyna")
{
    public const string KeyId = "seyna-test-key";
    public const string Secret = "sk_test_5f3a9c1e7b2d4860a1c3e5f7";

    protected override Task AuthorizeAsync()
    {
        Client.DefaultRequestHeaders.Authorization = Basic(KeyId, Secret);
        return Task.CompletedTask;
    }

    public static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

    protected static Uri Api(string relative) => new("/seyna/v2/" + relative.TrimStart('/'), UriKind.Relative);

    protected Task<HttpResponseMessage> GetAsync(string relative) => Client.GetAsync(Api(relative));

    protected async Task<JsonObject> GetJsonAsync(string relative)
    {
        using var response = await GetAsync(relative);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    protected Task<HttpResponseMessage> PutAsync(string relative, JsonNode body, string contentType = "application/json") =>
        Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, Api(relative)) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, contentType) });

    protected async Task<(int Status, JsonObject Body)> PutJsonAsync(string relative, JsonNode body)
    {
        using var response = await PutAsync(relative, body);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Every item of a list, following <c>next</c> until it is absent.</summary>
    protected async Task<List<JsonObject>> TraverseAsync(string relative, int limit, string sort = "asc")
    {
        var items = new List<JsonObject>();
        string? next = null;
        var separator = relative.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var pages = 0; pages < 10_000; pages++)
        {
            var page = await GetJsonAsync($"{relative}{separator}limit={limit}&sort={sort}" + (next is null ? string.Empty : "&from=" + Uri.EscapeDataString(next)));
            var data = page["data"]!.AsArray().Select(i => i!.AsObject()).ToList();
            next = page["next"]?.GetValue<string>();
            Assert.That(next is null || data.Count > 0, Is.True, "a page with next is never empty");
            items.AddRange(data);
            if (next is null)
            {
                return items;
            }
        }

        Assert.Fail("the traversal never ended");
        return items;
    }

    /// <summary>A complete, valid contract body (bare dates), one year of cover from <paramref name="start"/>.</summary>
    public static JsonObject ContractBody(string timestamp = "2026-01-05", string start = "2026-01-10", string end = "2027-01-10", decimal premium = 100.5m) => new()
    {
        ["timestamp"] = timestamp,
        ["reference"] = "RC-2026-000001",
        ["customer_id"] = "CUST-1",
        ["subscriber"] = new JsonArray(new JsonObject { ["type"] = "company", ["name"] = "Durand SARL" }),
        ["insured"] = new JsonArray(),
        ["beneficiary"] = new JsonArray(),
        ["subscription_date"] = "2026-01-01",
        ["issuance_date"] = "2026-01-02",
        ["start_cover_date"] = start,
        ["end_cover_date"] = end,
        ["guarantees"] = new JsonObject
        {
            ["professional_liability"] = new JsonObject { ["premium"] = premium, ["tax"] = 9.05m, ["discount"] = 0, ["broker_fee"] = 10, ["cost_acquisition"] = 5 },
        },
    };

    public static JsonObject ReceiptBody(string contractId, string start = "2026-01-10", string end = "2027-01-10", decimal premium = 100.5m, string timestamp = "2026-01-05") => new()
    {
        ["contract_id"] = contractId,
        ["timestamp"] = timestamp,
        ["reference"] = "Q-1",
        ["issuance_date"] = "2026-01-02",
        ["due_date"] = start,
        ["start_cover_date"] = start,
        ["end_cover_date"] = end,
        ["guarantees"] = new JsonObject
        {
            ["professional_liability"] = new JsonObject { ["premium"] = premium, ["tax"] = 9.05m, ["discount"] = 0, ["broker_fee"] = 10, ["cost_acquisition"] = 5 },
        },
    };
}
