using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Seyna;

public sealed class SeynaListTests : SeynaTestBase
{
    [TestCase("contracts", 7)]
    [TestCase("receipts", 100)]
    [TestCase("claims", 5)]
    [TestCase("settlements", 1)]
    [TestCase("contract-versions", 9)]
    [TestCase("claim-versions", 4)]
    public async Task Traverse_BothOrders_VisitEveryItemOnceInReverseOfEachOther(string collection, int limit)
    {
        var asc = await TraverseAsync($"portfolios/pf_0001/{collection}", limit);
        var desc = await TraverseAsync($"portfolios/pf_0001/{collection}", limit, "desc");

        var keys = asc.Select(Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Not.Empty.And.Unique);
            Assert.That(desc.Select(Key).Reverse(), Is.EqualTo(keys));
        });
    }

    [Test]
    public async Task Collections_SortById_VersionsByTimestampIdVersion()
    {
        var contracts = await TraverseAsync("portfolios/pf_0001/contracts", 100);
        var versions = await TraverseAsync("portfolios/pf_0001/contract-versions", 100);

        Assert.Multiple(() =>
        {
            Assert.That(contracts.Select(c => c["id"]!.GetValue<string>()), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(versions.Select(v => DateTimeOffset.Parse(v["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)), Is.Ordered);
            Assert.That(versions, Has.Count.EqualTo(contracts.Count + contracts.Count(c => c["version"]!.GetValue<int>() == 2)));
        });
    }

    [Test]
    public async Task List_DefaultLimit_Is10AndExactlyFullLastPageHasNoNext()
    {
        var first = await GetJsonAsync("portfolios/pf_0001/contracts");
        var all = await GetJsonAsync("portfolios/pf_0001/contracts?limit=40");

        Assert.Multiple(() =>
        {
            Assert.That(first["data"]!.AsArray(), Has.Count.EqualTo(10));
            Assert.That(first["next"], Is.Not.Null);
            Assert.That(first["url"]!.GetValue<string>(), Is.EqualTo("/portfolios/pf_0001/contracts"));
            Assert.That(all["data"]!.AsArray(), Has.Count.EqualTo(40));
            Assert.That(all.ContainsKey("next"), Is.False);
        });
    }

    [Test]
    public async Task Cursor_ObjectsAddedDuringTraversal_ExistingItemsOnceAndLaterOnesAhead()
    {
        var page = await GetJsonAsync("portfolios/pf_0002/contracts?limit=2");
        Assert.That(page["data"]!.AsArray(), Is.Empty);
        await PutJsonAsync("portfolios/pf_0002/contracts/B", ContractBody());
        await PutJsonAsync("portfolios/pf_0002/contracts/D", ContractBody());
        var first = await GetJsonAsync("portfolios/pf_0002/contracts?limit=1");

        await PutJsonAsync("portfolios/pf_0002/contracts/A", ContractBody());
        await PutJsonAsync("portfolios/pf_0002/contracts/C", ContractBody());
        var rest = await GetJsonAsync("portfolios/pf_0002/contracts?limit=10&from=" + Uri.EscapeDataString(first["next"]!.GetValue<string>()));

        Assert.That(rest["data"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "C", "D" }));
    }

    [Test]
    public async Task List_ReadRepeatedlyThenAWrite_SameBytesUntilTheWriteThenTheNewObject()
    {
        await PutJsonAsync("portfolios/pf_0002/contracts/R-1", ContractBody());
        var reads = new List<byte[]>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await GetAsync("portfolios/pf_0002/contracts?limit=5");
            reads.Add(await response.Content.ReadAsByteArrayAsync());
        }

        await PutJsonAsync("portfolios/pf_0002/contracts/R-2", ContractBody());
        var after = await GetJsonAsync("portfolios/pf_0002/contracts?limit=5");
        var refused = await GetAsync("portfolios/pf_0002/contracts?limit=0");
        var refusedAgain = await GetAsync("portfolios/pf_0002/contracts?limit=0");

        Assert.That(reads[1], Is.EqualTo(reads[0]));
        Assert.That(reads[2], Is.EqualTo(reads[0]));
        Assert.That(after["data"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "R-1", "R-2" }));
        Assert.That(((int)refused.StatusCode, (int)refusedAgain.StatusCode), Is.EqualTo((400, 400)));
    }

    [TestCase("limit=0")]
    [TestCase("limit=101")]
    [TestCase("limit=-1")]
    [TestCase("limit=1.5")]
    [TestCase("limit=ten")]
    [TestCase("limit=1&limit=2")]
    [TestCase("sort=up")]
    [TestCase("sort=ASC")]
    [TestCase("from=garbage")]
    [TestCase("from=eyJrIjpbIkMwMDAwMDEiXSwicyI6ImFzYyJ9")]
    public async Task List_BadParameter_Answers400InvalidRequest(string query)
    {
        using var response = await GetAsync("portfolios/pf_0001/contracts?" + query);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
        });
    }

    [TestCase("portfolios/pf_0001/receipts", "asc")]
    [TestCase("portfolios/pf_0002/contracts", "asc")]
    [TestCase("portfolios/pf_0001/contracts", "desc")]
    [TestCase("portfolios/pf_0001/contract-versions", "asc")]
    public async Task Cursor_UsedElsewhere_Answers400(string elsewhere, string sort)
    {
        var next = (await GetJsonAsync("portfolios/pf_0001/contracts?limit=3"))["next"]!.GetValue<string>();

        using var response = await GetAsync($"{elsewhere}?sort={sort}&from={Uri.EscapeDataString(next)}");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task Cursor_Tampered_Answers400()
    {
        var next = (await GetJsonAsync("portfolios/pf_0001/contracts?limit=3"))["next"]!.GetValue<string>();
        var tampered = (next[0] == 'A' ? 'B' : 'A') + next[1..];

        using var response = await GetAsync("portfolios/pf_0001/contracts?from=" + Uri.EscapeDataString(tampered));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task SettlementEvents_AnswersLikeSettlementVersionsExceptUrl()
    {
        var canonical = await GetJsonAsync("portfolios/pf_0001/settlement-versions?limit=100");
        var alias = await GetJsonAsync("portfolios/pf_0001/settlement-events?limit=100");

        Assert.Multiple(() =>
        {
            Assert.That(alias["data"]!.ToJsonString(), Is.EqualTo(canonical["data"]!.ToJsonString()));
            Assert.That(alias["url"]!.GetValue<string>(), Is.EqualTo("/portfolios/pf_0001/settlement-events"));
        });
    }

    [Test]
    public async Task ListPortfolios_TrailingSlash_IsServed()
    {
        var list = await GetJsonAsync("portfolios/");

        Assert.That(list["data"]!.AsArray(), Has.Count.EqualTo(2));
    }

    private static string Key(JsonObject item) => $"{item["id"]}#{item["version"]}";
}
