using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

public sealed class ThinksuranceAuthTests : ThinksuranceTestBase
{
    [TestCase("api/ipn/tokens")]
    [TestCase("api/ipn/token")]
    public async Task CreateToken_ActiveUser_ExpiresFifteenMinutesLaterToTheSecond(string path)
    {
        var before = Now;

        var answer = await PostAsync(path, new JsonObject { ["hash"] = Hash, ["secret"] = Secret });

        var expired = DateTimeOffset.ParseExact(answer["expired"]!.GetValue<string>(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.Multiple(() =>
        {
            Assert.That(answer["token"]!.GetValue<string>(), Has.Length.GreaterThanOrEqualTo(32));
            Assert.That(expired, Is.GreaterThan(before.AddMinutes(15).AddSeconds(-1.5)).And.LessThanOrEqualTo(Now.AddMinutes(15)));
        });
    }

    [TestCase(Hash, "wrong-secret")]
    [TestCase("0000000000000000000000000000000f", Secret)]
    [TestCase(DeactivatedHash, Secret)]
    public async Task CreateToken_BadCredentials_Http200ApiUserError(string hash, string secret) =>
        Assert.That((await PostAsync("api/ipn/tokens", new JsonObject { ["hash"] = hash, ["secret"] = secret })).ToJsonString(),
            Is.EqualTo("""{"error":"API User is not existing or deactivated."}"""));

    [Test]
    public async Task Token_JustBeforeExpired_IsAcceptedAndAtExpiredRefused()
    {
        var answer = await PostAsync("api/ipn/tokens", new JsonObject { ["hash"] = Hash, ["secret"] = Secret });
        var token = answer["token"]!.GetValue<string>();
        var expired = DateTimeOffset.ParseExact(answer["expired"]!.GetValue<string>(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        await AdvanceAsync((expired - Now).TotalSeconds - 0.5);
        var before = await SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, Tenant(token: token));
        await AdvanceAsync(0.5);
        var at = await SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, Tenant(token: token));

        Assert.Multiple(() =>
        {
            Assert.That(before["agencyNumberSets"], Is.Not.Null, before.ToJsonString());
            Assert.That(at["error"]!.GetValue<string>(), Is.EqualTo("Token is invalid or expired."));
        });
    }

    [Test]
    public async Task Token_NewOne_DoesNotRevokeTheOlder()
    {
        var older = Token;
        await PostAsync("api/ipn/tokens", new JsonObject { ["hash"] = Hash, ["secret"] = Secret });

        Assert.That((await SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, Tenant(token: older)))["agencyNumberSets"], Is.Not.Null);
    }

    [Test]
    public async Task AgencyNumbers_WithoutAuthorization_TokenMissing() =>
        Assert.That((await SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, new Dictionary<string, string> { ["X-Account-Token"] = AccountToken }))["error"]!.GetValue<string>(),
            Is.EqualTo("Authorization token is missing."));

    [TestCase("Bearer not-a-token")]
    [TestCase("Bearer ")]
    [TestCase("Basic dXNlcjpwdw==")]
    public async Task AgencyNumbers_BadAuthorization_RefusedWithHttp200(string authorization)
    {
        var answer = await SendAsync(HttpMethod.Get, "api/ipn/agency-numbers", null, new Dictionary<string, string> { ["Authorization"] = authorization, ["X-Account-Token"] = AccountToken });

        Assert.That(answer["error"]!.GetValue<string>(), Is.AnyOf("Token is invalid or expired.", "Authorization token is missing."));
    }

    [Test]
    public async Task AgencyNumbers_UserDeactivatedAfterTheToken_AnswersTheSeedsFailureAndStoresNothing()
    {
        await AdminAsync(HttpMethod.Put, $"api-users/{Hash}", new JsonObject { ["active"] = false });
        var refused = await AddAsync(Sets(Holder("baFinId", "5405", Number("D-1"))));
        var newToken = await PostAsync("api/ipn/tokens", new JsonObject { ["hash"] = Hash, ["secret"] = Secret });
        await AdminAsync(HttpMethod.Put, $"api-users/{Hash}", new JsonObject { ["active"] = true });
        var list = await ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.ToJsonString(), Is.EqualTo("""{"error":"API User is not existing or deactivated."}"""));
            Assert.That(newToken["error"]!.GetValue<string>(), Is.EqualTo("API User is not existing or deactivated."));
            Assert.That(list.ToJsonString(), Does.Not.Contain("D-1"));
        });
    }

    [Test]
    public async Task TokenUser_DeactivatedWithItsOwnToken_RefusedUntilActivatedAgain()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Token };

        await SendAsync(HttpMethod.Put, "../__admin/thinksurance/token-user", """{"active":false}""", headers);
        var refused = await ListAsync();
        var reactivated = await SendAsync(HttpMethod.Put, "../__admin/thinksurance/token-user", """{"active":true}""", headers);
        var served = await ListAsync();
        var withoutToken = await SendAsync(HttpMethod.Put, "../__admin/thinksurance/token-user", """{"active":false}""");

        Assert.Multiple(() =>
        {
            Assert.That(refused["error"]!.GetValue<string>(), Is.EqualTo("API User is not existing or deactivated."));
            Assert.That(reactivated["status"]!.GetValue<string>(), Is.EqualTo("API user activated."));
            Assert.That(served["agencyNumberSets"], Is.Not.Null);
            Assert.That(withoutToken["error"]!.GetValue<string>(), Is.EqualTo("Authorization token is missing."));
        });
    }
}
