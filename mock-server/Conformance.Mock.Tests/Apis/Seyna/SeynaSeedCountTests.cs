using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Apis.Seyna;

/// <summary>The seed-size option scales the seeded portfolio; the same seed gives the same answers in another process-like instance.</summary>
public sealed class SeynaSeedCountTests : SeynaTestBase
{
    protected override ReferenceProviderOptions Options => new()
    {
        Urls = ["http://127.0.0.1:0"],
        Quiet = true,
        SeedCounts = new Dictionary<string, int> { ["seyna.contract"] = 400, ["seyna.claim"] = 50 },
    };

    [Test]
    public async Task SeedCount_400Contracts_EveryOneServedOnceWithItsReceipts()
    {
        var contracts = await TraverseAsync("portfolios/pf_0001/contracts", 100);
        var receipts = await TraverseAsync("portfolios/pf_0001/receipts", 100);
        var claims = await TraverseAsync("portfolios/pf_0001/claims", 100);

        Assert.Multiple(() =>
        {
            Assert.That(contracts.Select(c => c["id"]!.GetValue<string>()).ToList(), Has.Count.EqualTo(400).And.Unique);
            Assert.That(receipts.Select(r => r["contract_id"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(400));
            Assert.That(receipts, Has.Count.EqualTo((400 / 4 * (1 + 2 + 4 + 12)) + Offsets(contracts)));
            Assert.That(claims, Has.Count.EqualTo(50));
        });
    }

    [Test]
    public async Task SameSeed_AnotherProvider_ByteIdenticalPages()
    {
        await using var other = await ReferenceProvider.StartAsync(Options);
        using var client = new HttpClient { BaseAddress = other.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Basic(KeyId, Secret);

        foreach (var list in new[] { "contracts", "receipt-versions", "claims", "settlements" })
        {
            var mine = (await GetJsonAsync($"portfolios/pf_0001/{list}?limit=100&sort=desc")).ToJsonString();
            var theirs = JsonNode.Parse(await client.GetStringAsync(Api($"portfolios/pf_0001/{list}?limit=100&sort=desc")))!.ToJsonString();
            Assert.That(theirs, Is.EqualTo(mine), list);
        }
    }

    /// <summary>One negative receipt per receipt a seeded early cancellation leaves covering past its new end.</summary>
    private static int Offsets(List<JsonObject> contracts) =>
        contracts.Where(c => c["cancel_reason"]?.GetValue<string>() == "subscriber_request")
            .Sum(c => c["splitting_type"]!.GetValue<string>() switch { "single" => 1, "half_yearly" => 1, "quarterly" => 2, _ => 5 });
}
