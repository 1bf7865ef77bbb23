using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>
/// The bad-input corpus over HTTP: every malformed request gets its documented refusal (never a 500)
/// and leaves the stored datasets exactly as seeded.
/// </summary>
public sealed class SiviAfsMalformedRequestTests : SiviAfsTestBase
{
    private AuthenticationHeaderValue? token;

    public static IEnumerable<TestCaseData> Corpus() =>
        SiviAfsMalformedCorpus.All().Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [Test]
    public void Corpus_Size_IsAtLeastTwoHundredDistinctCases()
    {
        var cases = SiviAfsMalformedCorpus.All().ToList();

        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(200));
        Assert.That(cases.Select(c => c.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Corpus))]
    public async Task Send_MalformedRequest_AnswersTheDocumentedRefusalAndStoresNothing(SiviAfsBadRequest bad)
    {
        // Every request of this test carries exactly the Authorization it is given.
        token = Client.DefaultRequestHeaders.Authorization;
        Client.DefaultRequestHeaders.Authorization = null;
        var seeded = await BookAsync();
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), Api(bad.Path));
        if (bad.Body is not null)
        {
            request.Content = new StringContent(bad.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(bad.ContentType);
        }

        Authorize(request, bad);
        if (bad.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", bad.Accept);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(bad.Status), text);
        var body = JsonNode.Parse(text)!;
        var code = bad.Path == "oauth/token" ? body["error"]!.GetValue<string>() : body["error"]![0]!["errorCode"]!.GetValue<string>();
        Assert.That(code, Is.EqualTo(bad.Code), text);
        Assert.That(await BookAsync(), Is.EqualTo(seeded), "a refused request must change nothing");
    }

    /// <summary>The case's own Authorization: a client's real Basic credentials, a raw header, none, or the fixture's token.</summary>
    private void Authorize(HttpRequestMessage request, SiviAfsBadRequest bad)
    {
        request.Headers.Authorization = null;
        if (bad.Path == "oauth/token")
        {
            if (bad.Authorization is { } raw && raw.StartsWith("!raw:", StringComparison.Ordinal))
            {
                request.Headers.TryAddWithoutValidation("Authorization", raw[5..]);
            }
            else if (bad.Authorization is { } client)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client}:{Secret(client)}")));
            }

            return;
        }

        if (bad.Authorization is null)
        {
            request.Headers.Authorization = token;
        }
        else if (bad.Authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", bad.Authorization);
        }
    }

    /// <summary>Every stored dataset of the three clusters, as the provider answers them.</summary>
    private async Task<string> BookAsync()
    {
        var book = new StringBuilder();
        foreach (var collection in new[] { "policies", "claims", "parties" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Api($"{collection}?limit=1000"));
            request.Headers.Authorization = token;
            using var response = await Client.SendAsync(request);
            book.Append(await response.Content.ReadAsStringAsync());
        }

        return book.ToString();
    }
}
