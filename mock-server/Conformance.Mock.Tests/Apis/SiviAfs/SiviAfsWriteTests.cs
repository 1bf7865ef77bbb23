using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>new, change (PUT, PATCH), the termination change and rate over HTTP.</summary>
public sealed class SiviAfsWriteTests : SiviAfsTestBase
{
    [Test]
    public async Task NewPolicy_ContractExample_Answers201WithLocationAndTheStoredDataset()
    {
        using var response = await SendJsonAsync(HttpMethod.Post, "policies", SiviAfsExamples.Get("PolicyNewRequest").ToJsonString());

        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        var stored = JsonNode.Parse(text)!;
        var id = stored["policy"]![0]!["refKey"]!.GetValue<string>();
        Assert.That(id, Is.EqualTo("POL0000051"));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/sivi-afs/v1/policies/POL0000051"));
        Assert.That(stored["policy"]![0]!["contractNumber"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(stored["policy"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(stored["coverage"]![1]!["refKey"]!.GetValue<string>(), Is.EqualTo("POL0000051-coverage-2"));
        Assert.That(stored["coverage"]![1]!["objectRef"]![0]!.GetValue<string>(), Is.EqualTo("POL0000051-object-1"));
        Assert.That(stored["party"]![0]!["policyRef"]![0]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That((await GetJsonAsync($"policies/{id}")).ToJsonString(), Is.EqualTo(text));
    }

    [Test]
    public async Task NewPolicy_ProviderOwnedAttributesSent_AreIgnored()
    {
        var body = SiviAfsExamples.Get("PolicyNewRequest");
        body["policy"]![0]!["statusType"] = "terminated";
        body["policy"]![0]!["contractNumber"] = "MINE-1";

        var stored = await NewAsync("policies", body);

        Assert.That(stored["policy"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("active"));
        Assert.That(stored["policy"]![0]!["contractNumber"]!.GetValue<string>(), Is.EqualTo("POL0000051"));
    }

    [Test]
    public async Task NewClaimAndParty_ContractExamples_Answer201()
    {
        var claim = await NewAsync("claims", SiviAfsExamples.Get("ClaimNewRequest"));
        var party = await NewAsync("parties", SiviAfsExamples.Get("PartyNewRequest"));

        Assert.That(claim["claim"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("open"));
        Assert.That(claim["claim"]![0]!["refKey"]!.GetValue<string>(), Is.EqualTo("CLM0000021"));
        Assert.That(party["party"]![0]!["relationNumber"]!.GetValue<string>(), Is.EqualTo("PTY0000031"));
    }

    [Test]
    public async Task Change_PutThenPatchOnLaterDays_KeepsEachVersionForValidOn()
    {
        var created = await NewAsync("policies", SiviAfsExamples.Get("PolicyNewRequest"));
        var id = created["policy"]![0]!["refKey"]!.GetValue<string>();
        var day1 = created["policy"]![0]!["lastChangeDate"]!.GetValue<string>();

        await NextDayAsync();
        var replacement = SiviAfsExamples.Get("PolicyNewRequest");
        replacement.Remove("coverage");
        replacement["policy"]![0]!.AsObject().Remove("expiryDate");
        var replaced = await ChangeAsync(HttpMethod.Put, $"policies/{id}/change", replacement, 200);
        var day2 = replaced["policy"]![0]!["lastChangeDate"]!.GetValue<string>();

        await NextDayAsync();
        var patched = await ChangeAsync(HttpMethod.Patch, $"policies/{id}/change", new JsonObject { ["policy"] = new JsonArray(new JsonObject { ["entityType"] = "policyDetails", ["paymentTermInMonths"] = 12 }) }, 200);

        Assert.That(replaced.ContainsKey("coverage"), Is.False, "PUT replaces whole: what is not sent is gone");
        Assert.That(replaced["policy"]![0]!.AsObject().ContainsKey("expiryDate"), Is.False);
        Assert.That(patched["policy"]![0]!["paymentTermInMonths"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(patched["policy"]![0]!["porCompany"]!.GetValue<string>(), Is.EqualTo("Z001"), "PATCH keeps what it does not send");
        Assert.That(patched["object"]!.ToJsonString(), Is.EqualTo(replaced["object"]!.ToJsonString()));
        var onDay1 = await GetJsonAsync($"policies/{id}?validOn={day1}");
        var onDay2 = await GetJsonAsync($"policies/{id}?validOn={day2}");
        Assert.That(onDay1["coverage"], Is.Not.Null);
        Assert.That(onDay2["coverage"], Is.Null);
        Assert.That(onDay2["policy"]![0]!["paymentTermInMonths"]!.GetValue<int>(), Is.EqualTo(1));
        using var before = await GetAsync($"policies/{id}?validOn={DateOnly.Parse(day1, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1):yyyy-MM-dd}");
        Assert.That((int)before.StatusCode, Is.EqualTo(204));
    }

    [Test]
    public async Task Terminate_Policy_StaysRetrievableAndRefusesLaterChangesWith409()
    {
        var termination = SiviAfsExamples.Get("PolicyTerminationRequest");

        var terminated = await ChangeAsync(HttpMethod.Put, "policies/POL0000001/termination/change", termination, 200);

        Assert.That(terminated["policy"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("terminated"));
        Assert.That((await GetJsonAsync("policies/POL0000001"))["policy"]![0]!["statusType"]!.GetValue<string>(), Is.EqualTo("terminated"));
        foreach (var (method, path, body) in new[]
        {
            (HttpMethod.Put, "policies/POL0000001/change", SiviAfsExamples.Get("PolicyNewRequest")),
            (HttpMethod.Patch, "policies/POL0000001/change", new JsonObject { ["policy"] = new JsonArray(new JsonObject { ["entityType"] = "policyDetails", ["paymentTermInMonths"] = 3 }) }),
            (HttpMethod.Put, "policies/POL0000001/termination/change", termination),
        })
        {
            using var response = await SendJsonAsync(method, path, body.ToJsonString());
            var error = await ErrorAsync(response, 409);
            Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("30"));
        }
    }

    [Test]
    public async Task Rate_ContractExample_Answers200WithPremiumsAndStoresNothing()
    {
        using var response = await SendJsonAsync(HttpMethod.Post, "policies/rates/new", SiviAfsExamples.Get("PolicyNewRequest").ToJsonString());

        var rated = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Headers.Location, Is.Null);
        Assert.That(rated["policy"]![0]!["refKey"]!.GetValue<string>(), Is.EqualTo("pol1"));
        var coverages = rated["coverage"]!.AsArray().Select(c => c!["premiumAmount"]!.GetValue<decimal>()).ToList();
        Assert.That(coverages, Is.EqualTo(new[] { 2.08m, 7.5m }));
        Assert.That(rated["policy"]![0]!["premiumAmount"]!.GetValue<decimal>(), Is.EqualTo(coverages.Sum()));
        Assert.That(await IdsAsync("policies?limit=1000"), Has.Count.EqualTo(50));
    }

    [Test]
    public async Task NewPolicy_ReaderToken_Answers403InsufficientScope()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ReaderId));

        using var response = await SendJsonAsync(HttpMethod.Post, "policies", SiviAfsExamples.Get("PolicyNewRequest").ToJsonString());

        var error = await ErrorAsync(response, 403);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("11"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("insufficient_scope"));
    }

    [Test]
    public async Task Change_UnknownId_Answers404BeforeLookingAtTheBody()
    {
        using var response = await SendJsonAsync(HttpMethod.Put, "policies/POL9999999/change", "not json at all");

        await ErrorAsync(response, 404);
    }

    /// <summary>A day later on the provider clock, with a fresh token (the old one has expired by then).</summary>
    private async Task NextDayAsync()
    {
        await AdvanceAsync(86400);
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ClientId));
    }

    private async Task<JsonObject> NewAsync(string collection, JsonObject body)
    {
        using var response = await SendJsonAsync(HttpMethod.Post, collection, body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<JsonObject> ChangeAsync(HttpMethod method, string relative, JsonObject body, int status)
    {
        using var response = await SendJsonAsync(method, relative, body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        return JsonNode.Parse(text)!.AsObject();
    }
}
