using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

public sealed class SiviAfsAdminTests : SiviAfsTestBase
{
    private static readonly Uri Advance = new("/__admin/sivi-afs/clock/advance", UriKind.Relative);

    [Test]
    public async Task AdvanceClock_PastTheTokensLifetime_TheTokenIsRefusedAndDateShowsTheNewTime()
    {
        using var before = await GetAsync("policies?limit=1");
        var was = before.Headers.Date!.Value;

        using var advanced = await Client.PostAsync(Advance, new StringContent("""{"seconds": 3601}""", System.Text.Encoding.UTF8, "application/json"));
        var now = DateTimeOffset.Parse(JsonNode.Parse(await advanced.Content.ReadAsStringAsync())!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        using var after = await GetAsync("policies?limit=1");

        Assert.That((int)advanced.StatusCode, Is.EqualTo(200));
        Assert.That(advanced.Content.Headers.ContentType!.ToString(), Does.StartWith("application/json; version="));
        Assert.That(now - was, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3600)));
        Assert.That(advanced.Headers.Date!.Value - was, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3600)), "Date is the provider's clock");
        var error = await ErrorAsync(after, 401);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("10"));
        Assert.That(after.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer realm=\"sivi-afs\", error=\"invalid_token\""));
    }

    [TestCase("""{"seconds": -1}""")]
    [TestCase("""{"seconds": "ten"}""")]
    [TestCase("""{"seconds": 1, "also": true}""")]
    [TestCase("""{}""")]
    [TestCase("""not json""")]
    public async Task AdvanceClock_BadBody_Answers400WithTheAfdErrorAndKeepsTheClock(string body)
    {
        using var before = await GetAsync("policies?limit=1");

        using var refused = await Client.PostAsync(Advance, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        using var after = await GetAsync("policies?limit=1");

        var error = await ErrorAsync(refused, 400);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("01"));
        Assert.That((int)after.StatusCode, Is.EqualTo(200), "the token still lives: the clock did not move");
        Assert.That(after.Headers.Date!.Value - before.Headers.Date!.Value, Is.LessThan(TimeSpan.FromMinutes(1)));
    }
}
