using System.Net.Http.Headers;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumAuthTests : FinumTestBase
{
    private static readonly string[] Operations =
    [
        "auth-status", "contract-list?id-list=C100001", "client-list?id-list=K100001", "product-list?id-list=P1001",
        "user-list?id-list=U1001", "file-list?id-list=F100001", "contract-id-list-updated?since=2020-01-01T00:00:00Z",
        "file/F100001/download",
    ];

    public static IEnumerable<TestCaseData> BadTokens()
    {
        yield return new TestCaseData("missing").SetName("Get_MissingToken_Answers401");
        yield return new TestCaseData("expired").SetName("Get_ExpiredToken_Answers401");
        yield return new TestCaseData("wrong-key").SetName("Get_WrongKeyToken_Answers401");
        yield return new TestCaseData("forged").SetName("Get_ForgedToken_Answers401");
        yield return new TestCaseData("alg-none").SetName("Get_AlgNoneToken_Answers401");
        yield return new TestCaseData("hmac").SetName("Get_HmacToken_Answers401");
        yield return new TestCaseData("wrong-audience").SetName("Get_WrongAudienceToken_Answers401");
        yield return new TestCaseData("unknown-issuer").SetName("Get_UnknownIssuerToken_Answers401");
        yield return new TestCaseData("no-exp").SetName("Get_TokenWithoutExpiry_Answers401");
        yield return new TestCaseData("too-long").SetName("Get_TokenLivingOverAnHour_Answers401");
        yield return new TestCaseData("garbage").SetName("Get_GarbageToken_Answers401");
        yield return new TestCaseData("basic").SetName("Get_BasicScheme_Answers401");
    }

    [TestCaseSource(nameof(BadTokens))]
    public async Task Get_BadToken_Answers401WithChallenge(string kind)
    {
        Client.DefaultRequestHeaders.Authorization = kind switch
        {
            "missing" => null,
            "expired" => Bearer(FinumTokens.Expired(Now)),
            "wrong-key" => Bearer(FinumTokens.WrongKey(Now)),
            "forged" => Bearer(FinumTokens.Forged(Now)),
            "alg-none" => Bearer(FinumTokens.AlgNone(Now)),
            "hmac" => Bearer(FinumTokens.Hmac(Now)),
            "wrong-audience" => Bearer(FinumTokens.Valid(Now, audience: "someone-else")),
            "unknown-issuer" => Bearer(FinumTokens.Valid(Now, issuer: "stranger")),
            "no-exp" => Bearer(FinumTokens.WithoutExpiry(Now)),
            "too-long" => Bearer(FinumTokens.Valid(Now, TimeSpan.FromHours(5))),
            "basic" => new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"),
            _ => Bearer("not.a.jwt"),
        };

        foreach (var operation in Operations)
        {
            using var response = await GetAsync(operation);

            Assert.That((int)response.StatusCode, Is.EqualTo(401), operation);
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer error=\"invalid_token\""), operation);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), operation);
        }
    }

    [Test]
    public async Task Post_MissingToken_Answers401BeforeLookingAtTheBody()
    {
        Client.DefaultRequestHeaders.Authorization = null;

        using var response = await SendJsonAsync(HttpMethod.Post, "contract", "{not json");

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Get_TokenExpiresWhenClockAdvances_Answers401()
    {
        Client.DefaultRequestHeaders.Authorization = Bearer(FinumTokens.Valid(Now, TimeSpan.FromMinutes(5)));
        using var before = await GetAsync("auth-status");

        await AdvanceAsync(6 * 60 + 61);
        using var after = await GetAsync("auth-status");

        Assert.That((int)before.StatusCode, Is.EqualTo(200));
        Assert.That((int)after.StatusCode, Is.EqualTo(401));
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
