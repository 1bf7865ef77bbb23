using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Seyna;

public sealed class SeynaMalformedRequestTests : SeynaTestBase
{
    private static readonly string[] Versions = ["contract-versions", "receipt-versions", "claim-versions", "settlement-versions"];

    [Test]
    public void Corpus_Size_IsAtLeast200()
    {
        Assert.That(SeynaMalformedCorpus.All().Count(), Is.GreaterThanOrEqualTo(200));
    }

    [Test]
    public async Task Corpus_EveryMalformedRequest_DocumentedErrorAndStateUnchanged()
    {
        var before = await SnapshotAsync();
        var failures = new List<string>();

        foreach (var item in SeynaMalformedCorpus.All())
        {
            using var request = MalformedRequests.Build(item.Method, Api(item.PathAndQuery), item.Body, item.ContentType, item.Authorization);

            using var response = await SendAsync(request, item.Authorization is not null);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var error = TryParse(text);
            if (status != item.Status || error?["object"]?.GetValue<string>() != "error" || error["status"]?.GetValue<int>() != status
                || error["type"] is null || string.IsNullOrEmpty(error["msg"]?.GetValue<string>()))
            {
                failures.Add($"{item.Name}: expected {item.Status}, got {status} {text[..Math.Min(200, text.Length)]}");
            }
        }

        var after = await SnapshotAsync();
        Assert.That(failures, Is.Empty);
        Assert.That(after, Is.EqualTo(before), "state must be unchanged");
    }

    /// <summary>Sends with the test key unless the case brings its own Authorization header.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool ownAuthorization)
    {
        if (!ownAuthorization)
        {
            return await Client.SendAsync(request);
        }

        var saved = Client.DefaultRequestHeaders.Authorization;
        Client.DefaultRequestHeaders.Authorization = null;
        try
        {
            return await Client.SendAsync(request);
        }
        finally
        {
            Client.DefaultRequestHeaders.Authorization = saved;
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Every version of every object of both portfolios, as served.</summary>
    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var portfolio in new[] { "pf_0001", "pf_0002" })
        {
            foreach (var versions in Versions)
            {
                parts.AddRange((await TraverseAsync($"portfolios/{portfolio}/{versions}", 100)).Select(v => v.ToJsonString()));
            }
        }

        return string.Join('\n', parts);
    }
}
