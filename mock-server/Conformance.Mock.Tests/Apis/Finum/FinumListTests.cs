using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumListTests : FinumTestBase
{
    [Test]
    public async Task ListContracts_DuplicateAndUnknownIds_ServesKnownOnceInRequestOrder()
    {
        var contracts = (await GetJsonAsync("contract-list?id-list=C100003,C100001,C100003,C999999")).AsArray();

        Assert.That(contracts.Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "C100003", "C100001" }));
    }

    [Test]
    public async Task ListContracts_RepeatedThenAfterAnUpdate_SameBytesUntilTheWriteThenTheNewStatus()
    {
        using var holder = await PostJsonAsync("client", new { type = "company", companyName = "Wiederholt GmbH" });
        var holderId = JsonNode.Parse(await holder.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using var created = await PostJsonAsync("contract", new { status = 120, holderId, productId = "P1002" });
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var query = $"contract-list?id-list=C100001,{id}";
        var reads = new List<byte[]>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await GetAsync(query);
            reads.Add(await response.Content.ReadAsByteArrayAsync());
        }

        using var updated = await PatchJsonAsync("contract", new { id, status = 120, startDate = "2026-04-01", paymentInterval = "quarterly" });
        Assert.That((int)updated.StatusCode, Is.EqualTo(200));
        var after = (await GetJsonAsync(query)).AsArray();

        Assert.That(reads[1], Is.EqualTo(reads[0]));
        Assert.That(reads[2], Is.EqualTo(reads[0]));
        Assert.That(JsonNode.Parse(reads[0])![1]!["status"]!.GetValue<int>(), Is.EqualTo(110));
        Assert.That(after[1]!["status"]!.GetValue<int>(), Is.EqualTo(120), "a write is seen by the next read");
    }

    [Test]
    public async Task ListContracts_ByHolder_ReturnsEveryContractOfThatHolderInIdOrder()
    {
        var holder = (await ContractAsync("C100001"))["holderId"]!.GetValue<string>();

        var contracts = (await GetJsonAsync($"contract-list?holder-id={holder}")).AsArray();

        var ids = contracts.Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.That(ids, Does.Contain("C100001").And.Ordered);
        Assert.That(contracts.All(c => c!["holderId"]!.GetValue<string>() == holder), Is.True);
    }

    [Test]
    public async Task ListContracts_UnknownHolder_ReturnsEmptyArray()
    {
        var contracts = await GetJsonAsync("contract-list?holder-id=K999999");

        Assert.That(contracts.AsArray(), Is.Empty);
    }

    [TestCase("contract-list")]
    [TestCase("contract-list?id-list=C100001&holder-id=K100001")]
    [TestCase("contract-list?id-list=")]
    [TestCase("contract-list?id-list=C100001,,C100002")]
    [TestCase("contract-list?id-list=C1%2000")]
    [TestCase("client-list")]
    [TestCase("product-list?id-list=P1001&id-list=P1002")]
    [TestCase("contract-id-list-updated")]
    [TestCase("contract-id-list-updated?since=yesterday")]
    [TestCase("contract-id-list-updated?since=2026-01-01T00:00:00")]
    [TestCase("file/bad%20id/download")]
    public async Task Get_BadParameters_Answers400Problem(string relative)
    {
        using var response = await GetAsync(relative);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ListContracts_MoreThanThousandIds_Answers400()
    {
        var ids = string.Join(',', Enumerable.Range(0, 1001).Select(i => $"C{100001 + i}"));

        using var response = await GetAsync($"contract-list?id-list={ids}");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task ListContracts_ThousandIds_Answers200()
    {
        var ids = string.Join(',', Enumerable.Range(0, 1000).Select(i => $"C{100001 + i}"));

        var contracts = await GetJsonAsync($"contract-list?id-list={ids}");

        Assert.That(contracts.AsArray(), Has.Count.EqualTo(50));
    }

    [TestCase("client-list?id-list=K100001,K100002", "K100001")]
    [TestCase("product-list?id-list=P1001,P1002", "P1001")]
    [TestCase("user-list?id-list=U1001,U1002", "U1001")]
    [TestCase("file-list?id-list=F100001,F100002", "F100001")]
    public async Task ListRecords_KnownIds_ReturnsThem(string relative, string firstId)
    {
        var records = (await GetJsonAsync(relative)).AsArray();

        Assert.That(records, Has.Count.EqualTo(2));
        Assert.That(records[0]!["id"]!.GetValue<string>(), Is.EqualTo(firstId));
    }

    [TestCase("contract")]
    [TestCase("client")]
    [TestCase("product")]
    [TestCase("user")]
    [TestCase("file")]
    public async Task ListUpdatedIds_SinceEpoch_ListsEverySeededRecordOrderedByChange(string type)
    {
        var ids = (await GetJsonAsync($"{type}-id-list-updated?since=1970-01-01T00:00:00Z")).AsArray().Select(i => i!.GetValue<string>()).ToList();
        var records = (await GetJsonAsync($"{type}-list?id-list={string.Join(',', ids)}")).AsArray();

        var changes = records.Select(r => r!["updatedAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.That(ids, Is.Not.Empty.And.Unique);
        Assert.That(changes, Is.Ordered);
    }

    [Test]
    public async Task ListUpdatedIds_SinceIsInclusive_ListsRecordChangedExactlyThen()
    {
        var contract = await ContractAsync("C100001");
        var updatedAt = contract["updatedAt"]!.GetValue<string>();

        var ids = (await GetJsonAsync($"contract-id-list-updated?since={Uri.EscapeDataString(updatedAt)}")).AsArray();

        Assert.That(ids.Select(i => i!.GetValue<string>()), Does.Contain("C100001"));
    }

    [Test]
    public async Task ListUpdatedIds_AfterCreate_ListsOnlyTheNewRecord()
    {
        var since = Uri.EscapeDataString(Now.AddSeconds(-1).ToString("O"));
        var created = await CompletePersonAsync();

        var ids = (await GetJsonAsync($"client-id-list-updated?since={since}")).AsArray();

        Assert.That(ids.Select(i => i!.GetValue<string>()), Is.EqualTo(new[] { created }));
    }

    [Test]
    public async Task ListUpdatedIds_FutureSince_ReturnsEmptyArray()
    {
        var ids = await GetJsonAsync("contract-id-list-updated?since=2999-01-01T00:00:00%2B02:00");

        Assert.That(ids.AsArray(), Is.Empty);
    }

    [Test]
    public async Task DownloadFile_KnownFile_ServesPdfOfDocumentedSize()
    {
        var file = (await GetJsonAsync("file-list?id-list=F100001")).AsArray()[0]!;

        using var response = await GetAsync("file/F100001/download");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(bytes.Length, Is.EqualTo(file["size"]!.GetValue<long>()));
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
    }

    [Test]
    public async Task DownloadFile_UnknownFile_Answers404Problem()
    {
        using var response = await GetAsync("file/F999999/download");

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task AuthStatus_ValidToken_ReportsConsumer()
    {
        var status = await GetJsonAsync("auth-status");

        Assert.That(status["authenticated"]!.GetValue<bool>(), Is.True);
        Assert.That(status["consumer"]!.GetValue<string>(), Is.EqualTo("conformance-test-consumer"));
    }

    [Test]
    public async Task UnknownRoute_UnderBasePath_Answers404Problem()
    {
        Validation.Enabled = false;

        using var response = await GetAsync("no-such-thing");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo(404));
    }

    [Test]
    public async Task WrongMethod_OnKnownRoute_Answers405Problem()
    {
        using var response = await Client.DeleteAsync(Api("contract-list"));

        Assert.That((int)response.StatusCode, Is.EqualTo(405));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
