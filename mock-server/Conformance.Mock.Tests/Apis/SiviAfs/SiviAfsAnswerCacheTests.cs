using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

public sealed class SiviAfsAnswerCacheTests : SiviAfsTestBase
{
    private const string Query = "policies?_filter=party.policyHolder.surname|eq|Herhaald&_sort=-policy.effectiveDate";

    [Test]
    public async Task Retrieve_RepeatedThenAfterANewPolicy_SameBytesUntilTheWriteThenTheNewDataset()
    {
        var first = await NewAsync();
        var reads = new List<byte[]>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await GetAsync(Query);
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            reads.Add(await response.Content.ReadAsByteArrayAsync());
        }

        var second = await NewAsync();
        using var after = await GetAsync(Query);
        var ids = JsonNode.Parse(await after.Content.ReadAsStringAsync())!["policy"]!.AsArray()
            .Select(p => p!["refKey"]?.GetValue<string>()).ToList();

        Assert.That(reads[1], Is.EqualTo(reads[0]));
        Assert.That(reads[2], Is.EqualTo(reads[0]));
        Assert.That(ids, Does.Contain(first).And.Contain(second), "a write is seen by the next read");
    }

    [Test]
    public async Task Retrieve_SameQueryOtherVersion_AnswersInThatVersion()
    {
        for (var i = 0; i < 2; i++)
        {
            using var current = await GetAsync("policies?limit=2");
            Assert.That(current.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; version=3"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, Api("policies?limit=2"));
        request.Headers.TryAddWithoutValidation("Accept", "application/json; version=2");
        using var older = await Client.SendAsync(request);

        Assert.That(older.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; version=2"));
    }

    private async Task<string> NewAsync()
    {
        var body = SiviAfsExamples.Get("PolicyNewRequest");
        foreach (var party in body["party"]!.AsArray())
        {
            if (party!["entityType"]!.GetValue<string>() == "policyHolder")
            {
                party["surname"] = "Herhaald";
            }
        }

        using var response = await SendJsonAsync(HttpMethod.Post, "policies", body.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonNode.Parse(text)!["policy"]![0]!["refKey"]!.GetValue<string>();
    }
}
