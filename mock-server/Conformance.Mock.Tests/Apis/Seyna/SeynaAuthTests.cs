using System.Net.Http.Headers;

namespace Conformance.Mock.Tests.Apis.Seyna;

public sealed class SeynaAuthTests : SeynaTestBase
{
    [Test]
    public async Task Get_NoCredentials_Answers401WithBasicChallenge()
    {
        Client.DefaultRequestHeaders.Authorization = null;

        using var response = await GetAsync("portfolios");

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Basic realm=\"seyna\""));
        });
    }

    [TestCase("Basic c2V5bmEtdGVzdC1rZXk6d3Jvbmc=")]
    [TestCase("Basic !!!")]
    [TestCase("Bearer abc")]
    [TestCase("Basic seyna-test-key:wrong")]
    [TestCase("Basic unknown-key:sk_test_5f3a9c1e7b2d4860a1c3e5f7")]
    public async Task Get_WrongCredentials_Answers401(string header)
    {
        Client.DefaultRequestHeaders.Authorization = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, Api("portfolios/pf_0001"));
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Get_LiteralSeedForm_IsAccepted()
    {
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", $"{KeyId}:{Secret}");

        using var response = await GetAsync("portfolios/pf_0001");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task Get_KeyWithOnePortfolio_SeesOnlyThatOne()
    {
        Client.DefaultRequestHeaders.Authorization = Basic("seyna-test-key-rc", "sk_test_rc_0b7e2a94d1c6f3588e2a");

        var list = await GetJsonAsync("portfolios");
        using var other = await GetAsync("portfolios/pf_0001/contracts");

        Assert.Multiple(() =>
        {
            Assert.That(list["data"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "pf_0002" }));
            Assert.That((int)other.StatusCode, Is.EqualTo(404));
        });
    }
}
