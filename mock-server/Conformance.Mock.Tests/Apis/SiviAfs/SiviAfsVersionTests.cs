using System.Net.Http.Headers;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>Non-breaking versions by <c>Accept</c>, echoed in <c>Content-Type</c>.</summary>
public sealed class SiviAfsVersionTests : SiviAfsTestBase
{
    [TestCase(null, "3")]
    [TestCase("application/json", "3")]
    [TestCase("application/json; version=3", "3")]
    [TestCase("application/json; version=2", "2")]
    [TestCase("application/json; version=1", "2")]
    [TestCase("application/json; version=7", "3")]
    [TestCase("application/json; version=two", "3")]
    [TestCase("text/html, application/json; version=2; q=0.5", "2")]
    [TestCase("*/*", "3")]
    [TestCase("application/*; version=2", "2")]
    public async Task Retrieve_Accept_ServesAndEchoesTheNegotiatedVersion(string? accept, string version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api("policies/POL0000001"));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo($"application/json; version={version}"));
    }

    [TestCase("text/html")]
    [TestCase("application/xml, text/plain")]
    [TestCase("application/json; q=0")]
    public async Task Retrieve_AcceptWithoutJson_Answers406(string accept)
    {
        Client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept.Split(',')[0]));

        using var response = await GetAsync("policies");

        var error = await ErrorAsync(response, 406);
        Assert.That(error["errorCode"]!.GetValue<string>(), Is.EqualTo("22"));
    }

    [Test]
    public async Task Retrieve_ErrorAnswer_EchoesTheVersionToo()
    {
        Client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json; version=2"));

        using var response = await GetAsync("policies?limit=0");

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; version=2"));
    }
}
