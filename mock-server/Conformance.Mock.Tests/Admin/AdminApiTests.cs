using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Admin;

public sealed class AdminApiTests : FinumTestBase
{
    [Test]
    public async Task Health_Always_ReportsHealthyInWireMockShape()
    {
        var health = JsonNode.Parse(await Client.GetStringAsync(Admin("health")))!;

        Assert.That(health["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
        Assert.That(health["uptimeInSeconds"], Is.Not.Null);
    }

    [Test]
    public async Task Clock_Advance_MovesNowForward()
    {
        var before = JsonNode.Parse(await Client.GetStringAsync(Admin("clock")))!["now"]!.GetValue<DateTimeOffset>();

        var after = (await AdvanceAsync(3600))["now"]!.GetValue<DateTimeOffset>();

        Assert.That(after - before, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(1)));
    }

    [TestCase("{\"seconds\":-1}")]
    [TestCase("{\"seconds\":\"ten\"}")]
    [TestCase("{}")]
    [TestCase("nonsense")]
    public async Task Clock_AdvanceWithBadBody_Answers400(string body)
    {
        using var response = await Client.PostAsync(Admin("clock/advance"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task Defects_Listed_WithExpectedChecks()
    {
        var defects = JsonNode.Parse(await Client.GetStringAsync(Admin("defects")))!["defects"]!.AsArray();

        Assert.That(defects.Select(d => d!["name"]!.GetValue<string>()), Does.Contain("finum.auth-ignored"));
        Assert.That(defects.All(d => d!["expectedCheck"]!.GetValue<string>().Length > 0 && !d["active"]!.GetValue<bool>()), Is.True);
    }

    [Test]
    public async Task UnknownAdminPath_Answers404()
    {
        using var response = await Client.GetAsync(Admin("mappingz"));

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
    }

    private static Uri Admin(string path) => new("/__admin/" + path, UriKind.Relative);
}
