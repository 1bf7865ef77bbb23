using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumLifecycleTests : FinumTestBase
{
    [Test]
    public async Task Proposal_BeforeDelay_StaysAt120()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();

        await AdvanceAsync(1);

        Assert.That((await ContractAsync(id))["status"]!.GetValue<int>(), Is.EqualTo(120));
    }

    [Test]
    public async Task Proposal_AfterDelay_Is130WithPremiumAndProposalFile()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();

        await AdvanceAsync(2);
        var contract = await ContractAsync(id);
        var fileId = contract["fileIds"]!.AsArray().Single()!.GetValue<string>();
        var file = (await GetJsonAsync($"file-list?id-list={fileId}")).AsArray()[0]!;

        Assert.That(contract["status"]!.GetValue<int>(), Is.EqualTo(130));
        Assert.That(contract["premium"]!["currency"]!.GetValue<string>(), Is.EqualTo("EUR"));
        Assert.That(file["kind"]!.GetValue<string>(), Is.EqualTo("proposal"));
        Assert.That(file["contractId"]!.GetValue<string>(), Is.EqualTo(id));
    }

    [Test]
    public async Task Order_AfterActivationDelay_Is320WithContractNumberAndPolicy()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();
        await AdvanceAsync(2);

        using var ordered = await PatchJsonAsync("contract", new { id, status = 230 });
        await AdvanceAsync(2);
        var contract = await ContractAsync(id);
        var files = (await GetJsonAsync($"file-list?id-list={string.Join(',', contract["fileIds"]!.AsArray().Select(f => f!.GetValue<string>()))}")).AsArray();

        Assert.That((int)ordered.StatusCode, Is.EqualTo(200));
        Assert.That(contract["status"]!.GetValue<int>(), Is.EqualTo(320));
        Assert.That(contract["contractNumber"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(files.Select(f => f!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "proposal", "policy" }));
    }

    [Test]
    public async Task Requote_From130_GoesBackTo120AndQuotesAgain()
    {
        var id = (await CreateProposalAsync())["id"]!.GetValue<string>();
        await AdvanceAsync(2);

        using var requote = await PatchJsonAsync("contract", new { id, status = 120, paymentInterval = "yearly" });
        var afterPatch = await ContractAsync(id);
        await AdvanceAsync(2);
        var requoted = await ContractAsync(id);

        Assert.That(afterPatch["status"]!.GetValue<int>(), Is.EqualTo(120));
        Assert.That(requoted["status"]!.GetValue<int>(), Is.EqualTo(130));
        Assert.That(requoted["fileIds"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Transition_ChangeTime_IsTheDueTimeAndListedAsUpdated()
    {
        var created = await CreateProposalAsync();
        var id = created["id"]!.GetValue<string>();
        var createdAt = created["createdAt"]!.GetValue<DateTimeOffset>();

        await AdvanceAsync(10);
        var contract = await ContractAsync(id);
        var since = Uri.EscapeDataString(contract["updatedAt"]!.GetValue<string>());
        var ids = (await GetJsonAsync($"contract-id-list-updated?since={since}")).AsArray();

        Assert.That(contract["updatedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(createdAt.AddSeconds(2)));
        Assert.That(ids.Select(i => i!.GetValue<string>()), Does.Contain(id));
    }

    [Test]
    public async Task Reset_AfterChanges_RestoresSeededState()
    {
        var before = await GetJsonAsync("contract-id-list-updated?since=1970-01-01T00:00:00Z");
        await CreateProposalAsync();

        using var reset = await Client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null);
        var after = await GetJsonAsync("contract-id-list-updated?since=1970-01-01T00:00:00Z");

        Assert.That(after.ToJsonString(), Is.EqualTo(before.ToJsonString()));
    }
}
