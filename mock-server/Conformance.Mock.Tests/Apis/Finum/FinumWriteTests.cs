using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumWriteTests : FinumTestBase
{
    [Test]
    public async Task CreateClient_Person_Answers201WithLocationAndStoresIt()
    {
        using var response = await PostJsonAsync("client", new { type = "person", lastName = "Huber", firstName = "Josef" });
        var client = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = client["id"]!.GetValue<string>();

        Assert.That((int)response.StatusCode, Is.EqualTo(201));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/finum/v1/client-list?id-list={id}"));
        Assert.That((await GetJsonAsync($"client-list?id-list={id}")).AsArray()[0]!["lastName"]!.GetValue<string>(), Is.EqualTo("Huber"));
    }

    [Test]
    public async Task CreateClient_CompanyWithoutCompanyName_Answers400NamingTheField()
    {
        using var response = await PostJsonAsync("client", new { type = "company" });
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(problem["errors"]!.AsArray().Select(e => e!["pointer"]!.GetValue<string>()), Does.Contain("/companyName"));
    }

    [Test]
    public async Task CreateContract_CompleteData_Answers201AtStatus120()
    {
        var contract = await CreateProposalAsync();

        Assert.That(contract["status"]!.GetValue<int>(), Is.EqualTo(120));
        Assert.That(contract["fileIds"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task CreateContract_MissingData_Answers201AtStatus110WithMissingData()
    {
        var contract = await CreateProposalAsync(complete: false);

        Assert.That(contract["status"]!.GetValue<int>(), Is.EqualTo(110));
        Assert.That(contract["missingData"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EquivalentTo(new[] { "startDate", "paymentInterval" }));
    }

    [Test]
    public async Task CreateContract_PersonHolderWithoutBirthDate_ListsHolderData()
    {
        using var created = await PostJsonAsync("client", new { type = "person", lastName = "Maier" });
        var holder = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        using var response = await PostJsonAsync("contract", new { status = 120, holderId = holder, productId = "P1002", startDate = "2026-05-01", paymentInterval = "yearly" });
        var contract = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(contract["missingData"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EquivalentTo(new[] { "holder.birthDate", "holder.address" }));
    }

    [TestCase("{\"status\":120,\"holderId\":\"K999999\",\"productId\":\"P1001\"}", "/holderId")]
    [TestCase("{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P9999\"}", "/productId")]
    [TestCase("{\"status\":130,\"holderId\":\"K100001\",\"productId\":\"P1001\"}", "/status")]
    [TestCase("{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P1001\",\"_x\":1}", "/_x")]
    [TestCase("{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P1001\",\"callbackUrl\":\"http://203.0.113.7/hook\"}", "/callbackUrl")]
    [TestCase("{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P1001\",\"callbackUrl\":\"ftp://127.0.0.1/x\"}", "/callbackUrl")]
    [TestCase("{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P1001\",\"startDate\":\"2026-02-30\"}", "/startDate")]
    public async Task CreateContract_InvalidBody_Answers400WithPointer(string body, string pointer)
    {
        using var response = await SendJsonAsync(HttpMethod.Post, "contract", body);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(problem["errors"]!.AsArray().Select(e => e!["pointer"]!.GetValue<string>()), Does.Contain(pointer));
    }

    [Test]
    public async Task UpdateContract_UnknownId_Answers404()
    {
        using var response = await PatchJsonAsync("contract", new { id = "C999999", status = 230 });

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }

    [TestCase(120)]
    [TestCase(230)]
    public async Task UpdateContract_FromActive_Answers409InvalidTransition(int status)
    {
        var active = (await GetJsonAsync("contract-id-list-updated?since=1970-01-01T00:00:00Z")).AsArray()
            .Select(i => i!.GetValue<string>()).ToList();
        var contracts = (await GetJsonAsync($"contract-list?id-list={string.Join(',', active)}")).AsArray();
        var id = contracts.First(c => c!["status"]!.GetValue<int>() == 320)!["id"]!.GetValue<string>();

        using var response = await PatchJsonAsync("contract", new { id, status });
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/invalid-transition"));
    }

    [Test]
    public async Task UpdateContract_110WithMissingDataSupplied_MovesTo120()
    {
        var contract = await CreateProposalAsync(complete: false);

        using var response = await PatchJsonAsync("contract", new { id = contract["id"]!.GetValue<string>(), status = 120, startDate = "2026-04-01", paymentInterval = "quarterly" });
        var updated = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(updated["status"]!.GetValue<int>(), Is.EqualTo(120));
        Assert.That(updated["missingData"], Is.Null);
    }

    [Test]
    public async Task UpdateContract_110StillMissingData_StaysAt110()
    {
        var contract = await CreateProposalAsync(complete: false);

        using var response = await PatchJsonAsync("contract", new { id = contract["id"]!.GetValue<string>(), status = 120, startDate = "2026-04-01" });
        var updated = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(updated["status"]!.GetValue<int>(), Is.EqualTo(110));
        Assert.That(updated["missingData"]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { "paymentInterval" }));
    }

    [Test]
    public async Task UpdateContract_120To230_Answers409()
    {
        var contract = await CreateProposalAsync();

        using var response = await PatchJsonAsync("contract", new { id = contract["id"]!.GetValue<string>(), status = 230 });

        Assert.That((int)response.StatusCode, Is.EqualTo(409));
    }
}
