using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Seyna;

public sealed class SeynaWriteTests : SeynaTestBase
{
    [Test]
    public async Task Put_NewId_Answers201WithLocationAndVersion1()
    {
        using var response = await PutAsync("portfolios/pf_0002/contracts/W-1", ContractBody());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(201));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/seyna/v2/portfolios/pf_0002/contracts/W-1"));
            Assert.That(body["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(body["portfolio_id"]!.GetValue<string>(), Is.EqualTo("pf_0002"));
            Assert.That(body["product_id"]!.GetValue<string>(), Is.EqualTo("rc_pro"));
            Assert.That(body["start_cover_date"]!.GetValue<string>(), Is.EqualTo("2026-01-10T00:00:00.000Z"));
            Assert.That(body["product_data"], Is.InstanceOf<JsonObject>());
        });
    }

    [Test]
    public async Task Put_IdenticalContent_Answers200AndStoresNoVersion()
    {
        await PutJsonAsync("portfolios/pf_0002/contracts/W-2", ContractBody());
        var reordered = ContractBody();
        reordered["guarantees"]!["professional_liability"]!["premium"] = 100.50m;
        reordered["timestamp"] = "2026-01-05T01:00:00+01:00";

        var (status, body) = await PutJsonAsync("portfolios/pf_0002/contracts/W-2", reordered);
        var versions = await GetJsonAsync("portfolios/pf_0002/contract-versions?limit=100");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(body["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(versions["data"]!.AsArray().Count(v => v!["id"]!.GetValue<string>() == "W-2"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Put_ChangedContent_Answers200WithNextVersionAndKeepsBoth()
    {
        var first = (await PutJsonAsync("portfolios/pf_0002/contracts/W-3", ContractBody())).Body;
        var (status, second) = await PutJsonAsync("portfolios/pf_0002/contracts/W-3", ContractBody(timestamp: "2026-01-05", premium: 120m));
        var versions = await GetJsonAsync("portfolios/pf_0002/contract-versions?limit=100");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(second["version"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(second["creation_date"]!.GetValue<string>(), Is.EqualTo(first["creation_date"]!.GetValue<string>()));
            Assert.That(versions["data"]!.AsArray().Where(v => v!["id"]!.GetValue<string>() == "W-3").Select(v => v!["version"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public async Task Put_OlderTimestamp_Answers409AndStoresNothing()
    {
        await PutJsonAsync("portfolios/pf_0002/contracts/W-4", ContractBody(timestamp: "2026-02-01"));

        var (status, error) = await PutJsonAsync("portfolios/pf_0002/contracts/W-4", ContractBody(timestamp: "2026-01-31", premium: 1m));
        var current = await GetJsonAsync("portfolios/pf_0002/contracts/W-4");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(409));
            Assert.That(error["type"]!.GetValue<string>(), Is.EqualTo("conflict"));
            Assert.That(error["status"]!.GetValue<int>(), Is.EqualTo(409));
            Assert.That(current["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(current["guarantees"]!["professional_liability"]!["premium"]!.GetValue<decimal>(), Is.EqualTo(100.5m));
        });
    }

    [Test]
    public async Task Put_ServerOwnedFieldsSent_AreIgnored()
    {
        var body = ContractBody();
        body["version"] = 42;
        body["creation_date"] = "2000-01-01T00:00:00Z";
        body["portfolio_id"] = "pf_0002";
        body["id"] = "W-5";
        body["object"] = "contract";

        var (status, stored) = await PutJsonAsync("portfolios/pf_0002/contracts/W-5", body);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(201));
            Assert.That(stored["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(stored["creation_date"]!.GetValue<string>(), Does.Not.StartWith("2000"));
        });
    }

    [TestCase("portfolio_id", "pf_0001")]
    [TestCase("id", "OTHER")]
    [TestCase("product_id", "mrh")]
    public async Task Put_BodyDisagreesWithPath_Answers400AndStoresNothing(string member, string value)
    {
        var body = ContractBody();
        body[member] = value;

        var (status, error) = await PutJsonAsync("portfolios/pf_0002/contracts/W-6", body);
        using var get = await GetAsync("portfolios/pf_0002/contracts/W-6");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400));
            Assert.That(error["msg"]!.GetValue<string>(), Does.Contain(member));
            Assert.That((int)get.StatusCode, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Put_EndBeforeStart_Answers400()
    {
        var (status, error) = await PutJsonAsync("portfolios/pf_0002/contracts/W-7", ContractBody(start: "2026-02-01", end: "2026-01-31"));

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400));
            Assert.That(error["msg"]!.GetValue<string>(), Does.Contain("end_cover_date"));
        });
    }

    [Test]
    public async Task Put_ReceiptOfContract_IsReportedByTheInvariantsExtension()
    {
        await PutJsonAsync("portfolios/pf_0002/contracts/W-8", ContractBody());
        await PutJsonAsync("portfolios/pf_0002/receipts/W-8-R1", ReceiptBody("W-8", premium: 90m));

        var report = await GetJsonAsync("portfolios/pf_0002/contracts/W-8/invariants");
        var sum = report["data"]!.AsArray().Single(r => r!["rule"]!.GetValue<string>() == "guarantee_sum")!;

        Assert.Multiple(() =>
        {
            Assert.That(sum["status"]!.GetValue<string>(), Is.EqualTo("failed"));
            Assert.That(sum["violations"]!.AsArray()[0]!["component"]!.GetValue<string>(), Is.EqualTo("premium"));
        });
    }
}
