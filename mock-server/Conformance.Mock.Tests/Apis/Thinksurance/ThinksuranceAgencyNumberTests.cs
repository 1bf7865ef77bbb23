using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceAgencyNumberTests : ThinksuranceTestBase
{
    /// <summary>The request of the platform's "Add Agency Number" page, as printed there.</summary>
    public const string SeedRequest = """
        {
           "agencyNumberSets":[
              {
                 "baFinId":"5405",
                 "agencyNumbers": [
                      {"agencyNumber": "1-agency-number", "matchCode": "comment", "externalInsurerId": "", "externalUniqueId": "uniqueId1", "defaultForTenders": false, "defaultForCalculations": false, "collectionType": "insurer_collection", "internalComment": "internal comment", "active": true},
                      {"agencyNumber": "2-agency-number", "matchCode": "comment 2", "externalInsurerId": "insurerId2", "externalUniqueId": "", "defaultForTenders": false, "defaultForCalculations": false, "collectionType": "mga_collection", "internalComment": "internal comment 2", "active": true},
                      {"agencyNumber": "3-agency-number", "matchCode": "comment 3", "externalInsurerId": "insurerId3", "externalUniqueId": "", "defaultForTenders": true, "defaultForCalculations": true, "collectionType": "mga_collection", "internalComment": "internal comment 3", "active": true}
                  ]
              },
              {
                 "insurerId":"5036",
                 "agencyNumbers": [
                      {"agencyNumber": "A1", "matchCode": "A1", "externalInsurerId": "A1", "externalUniqueId": "A1", "defaultForTenders": true, "defaultForCalculations": false, "collectionType": "insurer_collection", "internalComment": "A1", "active": true}
                  ]
              },
              {
                 "supervisingAuthorityId":"61234",
                 "agencyNumbers": [
                      {"agencyNumber": "A2", "matchCode": "A2", "externalInsurerId": "A2", "externalUniqueId": "A2", "defaultForTenders": false, "defaultForCalculations": true, "collectionType": "mga_collection", "internalComment": "A2", "active": true}
                  ]
              }
           ]
        }
        """;

    private const string Added = """{"status":"Broker Api: agency number added succesfully."}""";
    private const string Deleted = """{"status":"Broker Api: agency number deleted succesfully."}""";

    [Test]
    public async Task Add_SeedRequestAsIs_SeedSuccessAnswerAndListedAsSent()
    {
        var broker = await NewBrokerAsync("seed-request");

        var answer = await SendAsync(HttpMethod.Post, "api/ipn/agency-numbers", SeedRequest, Tenant(broker));
        var sets = (await ListAsync(broker))["agencyNumberSets"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(answer.ToJsonString(), Is.EqualTo(Added));
            Assert.That(sets.Select(s => s!.AsObject().First().Key), Is.EqualTo(new[] { "baFinId", "insurerId", "supervisingAuthorityId" }));
            Assert.That(sets[0]!["agencyNumbers"]!.AsArray().Select(n => n!["agencyNumber"]!.GetValue<string>()), Is.EqualTo(new[] { "1-agency-number", "2-agency-number", "3-agency-number" }));
            Assert.That(sets[0]!["agencyNumbers"]![0]!.AsObject().ContainsKey("externalInsurerId"), Is.False, "empty strings are stored as absent");
            Assert.That(sets[0]!["agencyNumbers"]![2]!["defaultForTenders"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task Add_SameRequestTwice_UpsertsWithoutDuplicates()
    {
        var broker = await NewBrokerAsync("upsert");
        await SendAsync(HttpMethod.Post, "api/ipn/agency-numbers", SeedRequest, Tenant(broker));
        var first = (await ListAsync(broker)).ToJsonString();

        await SendAsync(HttpMethod.Post, "api/ipn/agency-numbers", SeedRequest, Tenant(broker));

        Assert.That((await ListAsync(broker)).ToJsonString(), Is.EqualTo(first));
    }

    [Test]
    public async Task Add_SeveralDefaults_LastOneWinsPerInsurer()
    {
        var broker = await NewBrokerAsync("defaults");

        await AddAsync(Sets(Holder("baFinId", "5405", Number("X1", true, true), Number("X2", true, false), Number("X3", false, true))), broker);
        var numbers = (await ListAsync(broker))["agencyNumberSets"]![0]!["agencyNumbers"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(numbers.Select(n => n!["defaultForTenders"]!.GetValue<bool>()), Is.EqualTo(new[] { false, true, false }));
            Assert.That(numbers.Select(n => n!["defaultForCalculations"]!.GetValue<bool>()), Is.EqualTo(new[] { false, false, true }));
        });
    }

    [TestCase("""{"agencyNumbers":[{"agencyNumber":"N","defaultForTenders":false,"defaultForCalculations":false,"active":true}]}""")]
    [TestCase("""{"baFinId":"1","insurerId":"2","agencyNumbers":[{"agencyNumber":"N","defaultForTenders":false,"defaultForCalculations":false,"active":true}]}""")]
    [TestCase("""{"baFinId":"1","insurerId":"2","supervisingAuthorityId":"3","agencyNumbers":[{"agencyNumber":"N","defaultForTenders":false,"defaultForCalculations":false,"active":true}]}""")]
    public async Task Add_ZeroOrSeveralInsurerIds_ExactlyOneErrorAndNothingStored(string holder)
    {
        var broker = await NewBrokerAsync("insurer-ids");

        var answer = await SendAsync(HttpMethod.Post, "api/ipn/agency-numbers", $$"""{"agencyNumberSets":[{"baFinId":"9","agencyNumbers":[{"agencyNumber":"OK","defaultForTenders":false,"defaultForCalculations":false,"active":true}]},{{holder}}]}""", Tenant(broker));

        Assert.Multiple(async () =>
        {
            Assert.That(answer["error"]!.GetValue<string>(), Is.EqualTo("Exactly one of baFinId, insurerId, supervisingAuthorityId is required: agencyNumberSets[1]"));
            Assert.That((await ListAsync(broker)).ToJsonString(), Is.EqualTo("""{"agencyNumberSets":[]}"""));
        });
    }

    [Test]
    public async Task Add_ReusedExternalUniqueId_RefusedAsAWholeAndFreedByDelete()
    {
        var broker = await NewBrokerAsync("unique");
        await AddAsync(Sets(Holder("baFinId", "5405", Number("U1", uniqueId: "u"))), broker);

        var reused = await AddAsync(Sets(Holder("insurerId", "7", Number("U2")), Holder("insurerId", "5036", Number("U3", uniqueId: "u"))), broker);
        var twiceInOne = await AddAsync(Sets(Holder("insurerId", "8", Number("U4", uniqueId: "v"), Number("U5", uniqueId: "v"))), broker);
        var stored = (await ListAsync(broker)).ToJsonString();
        await DeleteAsync(Sets(new JsonObject { ["baFinId"] = "5405" }), broker);
        var afterDelete = await AddAsync(Sets(Holder("insurerId", "5036", Number("U3", uniqueId: "u"))), broker);

        Assert.Multiple(() =>
        {
            Assert.That(reused["error"]!.GetValue<string>(), Is.EqualTo("externalUniqueId is already in use: u"));
            Assert.That(twiceInOne["error"]!.GetValue<string>(), Is.EqualTo("externalUniqueId is already in use: v"));
            Assert.That(stored, Does.Contain("U1").And.Not.Contain("U2").And.Not.Contain("U4"));
            Assert.That(afterDelete.ToJsonString(), Is.EqualTo(Added));
        });
    }

    [Test]
    public async Task AddListDeleteList_RoundTrips()
    {
        var broker = await NewBrokerAsync("round-trip");
        await AddAsync(Sets(Holder("baFinId", "5405", Number("R1"), Number("R2", uniqueId: "r2")), Holder("insurerId", "5036", Number("R3"))), broker);

        var byNumber = await DeleteAsync(Sets(Holder("baFinId", "5405", new JsonObject { ["agencyNumber"] = "R1" })), broker);
        var afterOne = (await ListAsync(broker)).ToJsonString();
        var anywhere = await DeleteAsync(Sets(new JsonObject { ["agencyNumbers"] = new JsonArray(new JsonObject { ["externalUniqueId"] = "r2" }) }), broker);
        var wholeInsurer = await DeleteAsync(Sets(new JsonObject { ["insurerId"] = "5036" }), broker);

        Assert.Multiple(async () =>
        {
            Assert.That(byNumber.ToJsonString(), Is.EqualTo(Deleted));
            Assert.That(afterOne, Does.Not.Contain("\"R1\"").And.Contain("\"R2\"").And.Contain("\"R3\""));
            Assert.That(anywhere.ToJsonString(), Is.EqualTo(Deleted));
            Assert.That(wholeInsurer.ToJsonString(), Is.EqualTo(Deleted));
            Assert.That((await ListAsync(broker)).ToJsonString(), Is.EqualTo("""{"agencyNumberSets":[]}"""));
        });
    }

    [Test]
    public async Task Delete_OneSelectorMatchingNothing_NotFoundAndNothingDeleted()
    {
        var broker = await NewBrokerAsync("all-or-nothing");
        await AddAsync(Sets(Holder("baFinId", "5405", Number("K1"))), broker);

        var answer = await DeleteAsync(Sets(Holder("baFinId", "5405", new JsonObject { ["agencyNumber"] = "K1" }, new JsonObject { ["agencyNumber"] = "missing" })), broker);
        var unknownInsurer = await DeleteAsync(Sets(new JsonObject { ["insurerId"] = "404" }), broker);

        Assert.Multiple(async () =>
        {
            Assert.That(answer["error"]!.GetValue<string>(), Is.EqualTo("Agency number not found: agencyNumberSets[0].agencyNumbers[1]"));
            Assert.That(unknownInsurer["error"]!.GetValue<string>(), Is.EqualTo("Agency number not found: agencyNumberSets[0]"));
            Assert.That((await ListAsync(broker)).ToJsonString(), Does.Contain("K1"));
        });
    }

    [Test]
    public async Task Delete_TwoInsurerIds_AtMostOneError() =>
        Assert.That((await DeleteAsync(Sets(new JsonObject { ["baFinId"] = "1", ["insurerId"] = "2" })))["error"]!.GetValue<string>(),
            Is.EqualTo("At most one of baFinId, insurerId, supervisingAuthorityId is allowed: agencyNumberSets[0]"));

    [Test]
    public async Task Tenant_AccountAloneAndBroker_AreSeparateSets()
    {
        var broker = await NewBrokerAsync("separate");

        await AddAsync(Sets(Holder("insurerId", "account-only", Number("ACC"))));

        Assert.Multiple(async () =>
        {
            Assert.That((await ListAsync()).ToJsonString(), Does.Contain("ACC"));
            Assert.That((await ListAsync(broker)).ToJsonString(), Does.Not.Contain("ACC"));
        });
    }

    [TestCase("", "", "X-Broker-Token or X-Account-Token header is required.")]
    [TestCase("", "not-the-account", "Account not found.")]
    [TestCase("not-a-broker", "", "Broker not found.")]
    public async Task Tenant_HeadersWrong_TenantErrorBeforeTheBody(string broker, string account, string error)
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Token, ["X-Broker-Token"] = broker, ["X-Account-Token"] = account };

        var answer = await SendAsync(HttpMethod.Post, "api/ipn/agency-numbers", "{ not json", headers);

        Assert.That(answer.ToJsonString(), Is.EqualTo(new JsonObject { ["error"] = error }.ToJsonString()));
    }

    [Test]
    public async Task Tenant_SeededBrokerAndAccount_HaveTheirSeededNumbers()
    {
        var account = (await ListAsync())["agencyNumberSets"]!.AsArray();

        Assert.That(account, Has.Count.EqualTo(2));
    }
}
