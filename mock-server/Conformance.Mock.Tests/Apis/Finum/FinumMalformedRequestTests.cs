using System.Text.Json.Nodes;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumMalformedRequestTests : FinumTestBase
{
    private static readonly int[] DocumentedErrors = [400, 401, 404, 405, 409, 413, 415];

    [Test]
    public void Corpus_Size_IsAtLeast200()
    {
        Assert.That(FinumMalformedCorpus.All().Count(), Is.GreaterThanOrEqualTo(200));
    }

    [Test]
    public async Task Corpus_EveryMalformedRequest_DocumentedProblemAndStateUnchanged()
    {
        var before = await SnapshotAsync();
        var failures = new List<string>();

        foreach (var item in FinumMalformedCorpus.All())
        {
            using var request = MalformedRequests.Build(item.Method, Api(item.PathAndQuery), item.Body, item.ContentType, item.Authorization);

            HttpResponseMessage response;
            try
            {
                response = await Client.SendAsync(request);
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"{item.Name}: no answer ({ex.Message})");
                continue;
            }

            using var answer = response;
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? TryParse(text) : null;
            if (!DocumentedErrors.Contains(status) || problem?["status"]?.GetValue<int>() != status
                || problem["type"] is null || problem["title"] is null || problem["detail"] is null)
            {
                failures.Add($"{item.Name}: {status} {response.Content.Headers.ContentType} {text[..Math.Min(200, text.Length)]}");
            }
        }

        var after = await SnapshotAsync();
        Assert.That(failures, Is.Empty);
        Assert.That(after, Is.EqualTo(before), "state must be unchanged");
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

    /// <summary>Every record of every type, as served.</summary>
    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var type in new[] { "contract", "client", "product", "user", "file" })
        {
            var ids = (await GetJsonAsync($"{type}-id-list-updated?since=1970-01-01T00:00:00Z")).AsArray().Select(i => i!.GetValue<string>()).ToList();
            parts.Add((await GetJsonAsync($"{type}-list?id-list={string.Join(',', ids)}")).ToJsonString());
        }

        return string.Join('\n', parts);
    }
}
