using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceBrokerTests : ThinksuranceTestBase
{
    [Test]
    public async Task GetBrokerToken_SeededBroker_FoundByExternalIdAndByEmail()
    {
        var byId = await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 1, ["bExternalId"] = "B001", ["bEmail"] = "x@example.de", ["bCompany"] = "X" }, Tenant());

        Assert.Multiple(() =>
        {
            Assert.That(byId["status"]!.GetValue<string>(), Is.EqualTo("Broker Api: broker token found."));
            Assert.That(byId["bToken"]!.GetValue<string>(), Does.Match("^[0-9a-f]{32}$"));
        });
    }

    [Test]
    public async Task CreateBroker_ThenLookUp_SameTokenByIdAndCaseInsensitiveEmail()
    {
        var created = await PostAsync("api/ipn/brokers", new JsonObject { ["type"] = 2, ["bExternalId"] = "P-1", ["bEmail"] = "Erika@Makler.de", ["bLastName"] = "Mustermann" }, Tenant());
        var byEmail = await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 2, ["bExternalId"] = "other", ["bEmail"] = "erika@makler.de", ["bLastName"] = "M" }, Tenant());
        var duplicateEmail = await PostAsync("api/ipn/brokers", new JsonObject { ["type"] = 2, ["bExternalId"] = "P-2", ["bEmail"] = "ERIKA@makler.de", ["bLastName"] = "M" }, Tenant());

        Assert.Multiple(() =>
        {
            Assert.That(created["status"]!.GetValue<string>(), Is.EqualTo("Broker Api: broker created succesfully."));
            Assert.That(byEmail["bToken"]!.GetValue<string>(), Is.EqualTo(created["bToken"]!.GetValue<string>()));
            Assert.That(duplicateEmail.ToJsonString(), Is.EqualTo("""{"error":"Broker already exists."}"""));
        });
    }

    [Test]
    public async Task CreateBroker_WithoutName_RuleErrorAndNotStored()
    {
        var refused = await PostAsync("api/ipn/brokers", new JsonObject { ["type"] = 1, ["bExternalId"] = "N-1", ["bEmail"] = "n@makler.de" }, Tenant());
        var lookUp = await PostAsync("api/ipn/brokers/tokens", new JsonObject { ["type"] = 1, ["bExternalId"] = "N-1", ["bEmail"] = "n@makler.de", ["bCompany"] = "C" }, Tenant());

        Assert.Multiple(() =>
        {
            Assert.That(refused["error"]!.GetValue<string>(), Is.EqualTo("Either bLastName or bCompany is required."));
            Assert.That(lookUp["error"]!.GetValue<string>(), Is.EqualTo("Broker not found."));
        });
    }

    [Test]
    public async Task CreateBroker_WithoutAccountHeader_AccountHeaderRequired()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Token };

        var answer = await SendAsync(HttpMethod.Post, "api/ipn/brokers", """{"type":1,"bExternalId":"H","bEmail":"h@makler.de","bCompany":"C"}""", headers);

        Assert.That(answer["error"]!.GetValue<string>(), Is.EqualTo("X-Account-Token header is required."));
    }

    [TestCase("""{"type":3,"bExternalId":"T","bEmail":"t@makler.de","bCompany":"C"}""", "Invalid value for field: type")]
    [TestCase("""{"type":1,"bExternalId":"T","bEmail":"not-an-email","bCompany":"C"}""", "Invalid value for field: bEmail")]
    [TestCase("""{"type":1,"bEmail":"t@makler.de","bCompany":"C"}""", "Missing required field: bExternalId")]
    [TestCase("""{"type":1,"bExternalId":"T","bEmail":"t@makler.de","bCompany":"C","bFax":"1"}""", "Unknown field: bFax")]
    public async Task CreateBroker_InvalidBody_FieldError(string body, string error) =>
        Assert.That((await SendAsync(HttpMethod.Post, "api/ipn/brokers", body, Tenant()))["error"]!.GetValue<string>(), Is.EqualTo(error));
}
