using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;
using Conformance.Specs;

namespace Conformance.Mock.Tests.WireMock;

/// <summary>
/// A consumer's stubs on the WireMock engine, over HTTP: a posted mapping wins over the stateful
/// module for the requests it matches and for no other, the journal finds what it answered, deleting
/// it gives the module back; the shipped examples in <c>fixtures/mappings/</c> behave as documented.
/// </summary>
public sealed class StubOverrideTests
{
    private static readonly string MappingsFolder = Path.Combine(FixturePaths.Require(), "mappings");

    private RunningReferenceProvider provider = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], Quiet = true });
        client = new HttpClient { BaseAddress = provider.BaseAddress };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        client.Dispose();
        await provider.DisposeAsync();
    }

    [SetUp]
    public async Task ResetAsync()
    {
        using var reset = await client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null);
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));
    }

    [Test]
    public async Task PostedMapping_MatchingRequest_StubAnswersOthersReachTheProviderUntilDeleted()
    {
        using var added = await PostMappingAsync(File.ReadAllText(Path.Combine(MappingsFolder, "finum-contract-list-503.json")));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());

        var stubbed = await StatusAsync("/finum/v1/contract-list?id-list=C100001");
        var other = await StatusAsync("/finum/v1/contract-list?id-list=C100002");
        var otherApi = await StatusAsync("/finum/v1/client-list?id-list=K100001");
        var found = JsonNode.Parse(await PostJsonAsync("/__admin/requests/find",
            """{"Path": "/finum/v1/contract-list", "Params": [{"Name": "id-list", "Matchers": [{"Name": "ExactMatcher", "Pattern": "C100001"}]}]}"""))!.AsArray();
        using var deleted = await client.DeleteAsync(new Uri("/__admin/mappings/5a0e0c1e-0503-4c0a-9a00-000000000503", UriKind.Relative));
        var afterDelete = await StatusAsync("/finum/v1/contract-list?id-list=C100001");

        Assert.Multiple(() =>
        {
            Assert.That(stubbed, Is.EqualTo(503));
            Assert.That(other, Is.EqualTo(200));
            Assert.That(otherApi, Is.EqualTo(200));
            Assert.That(found, Has.Count.EqualTo(1));
            Assert.That(found[0]!["Response"]!["StatusCode"]!.GetValue<int>(), Is.EqualTo(503));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterDelete, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task ScenarioExample_ThreeCalls_RecordedAnswerThenFailureThenTheProvider()
    {
        using var added = await PostMappingAsync(File.ReadAllText(Path.Combine(MappingsFolder, "finum-client-list-fails-second-call.json")));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());

        var first = await BodyAsync("/finum/v1/client-list?id-list=K100001");
        var second = await StatusAsync("/finum/v1/client-list?id-list=K100001");
        var third = await BodyAsync("/finum/v1/client-list?id-list=K100001");
        var scenarios = JsonNode.Parse(await client.GetStringAsync(new Uri("/__admin/scenarios", UriKind.Relative)))!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(200));
            Assert.That(second, Is.EqualTo(500));
            Assert.That(third.Status, Is.EqualTo(200));
            Assert.That(third.Body, Is.EqualTo(first.Body), "the recorded answer is the provider's own");
            Assert.That(scenarios.Single(s => s!["Name"]!.GetValue<string>() == "finum-flaky-client-list")!["NextState"]!.GetValue<string>(), Is.EqualTo("recovered"));
        });
    }

    [TestCase("""{"Request": {"Path": "/*"}, "Response": {"StatusCode": 500}}""")]
    [TestCase("""{"Request": {"Methods": ["GET"]}, "Response": {"StatusCode": 500}}""")]
    [TestCase("""{"Response": {"StatusCode": 500}}""")]
    [TestCase("""[{"Request": {"Path": "/finum/v1/auth-status"}, "Response": {"StatusCode": 500}}, {"Request": {"Path": {"Matchers": [{"Name": "RegexMatcher", "Pattern": ".*"}]}}, "Response": {"StatusCode": 500}}]""")]
    public async Task PostedMapping_MatchingEverything_RefusedWith400AndProviderUntouched(string mapping)
    {
        using var refused = await PostMappingAsync(mapping);
        var problem = await refused.Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem, Does.Contain("matches every request"));
            Assert.That(await StatusAsync("/finum/v1/auth-status"), Is.EqualTo(200));
        });
    }

    [Test]
    public async Task DeleteAllMappings_Always_TheProviderStillAnswers()
    {
        using var deleted = await client.DeleteAsync(new Uri("/__admin/mappings", UriKind.Relative));

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusAsync("/finum/v1/contract-list?id-list=C100001"), Is.EqualTo(200));
    }

    [Test]
    public async Task Reset_AfterStubsAndCalls_ClearsStubsJournalAndScenarios()
    {
        using var added = await PostMappingAsync(File.ReadAllText(Path.Combine(MappingsFolder, "finum-client-list-fails-second-call.json")));
        await StatusAsync("/finum/v1/client-list?id-list=K100001");

        using var reset = await client.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null);
        var journal = JsonNode.Parse(await client.GetStringAsync(new Uri("/__admin/requests", UriKind.Relative)))!.AsArray();
        var scenarios = JsonNode.Parse(await client.GetStringAsync(new Uri("/__admin/scenarios", UriKind.Relative)))!.AsArray();
        var mappings = JsonNode.Parse(await client.GetStringAsync(new Uri("/__admin/mappings", UriKind.Relative)))!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(journal, Is.Empty);
            Assert.That(scenarios, Is.Empty);
            Assert.That(mappings.Select(m => m!["Priority"]!.GetValue<int>()), Is.All.EqualTo(int.MaxValue), "only the modules' catch-alls are left");
            Assert.That(mappings, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public async Task Journal_RequestWithCredentials_ShownMasked()
    {
        await StatusAsync("/finum/v1/auth-status");

        var journal = await client.GetStringAsync(new Uri("/__admin/requests", UriKind.Relative));
        var header = JsonNode.Parse(journal)!.AsArray()[0]!["Request"]!["Headers"]!["Authorization"]!.AsArray()[0]!.GetValue<string>();

        Assert.That(header, Is.EqualTo("Bearer ***"));
        Assert.That(journal, Does.Not.Contain(client.DefaultRequestHeaders.Authorization!.Parameter));
    }

    [Test]
    public async Task MappingsFolder_AtStart_StubsLoadedAndKeptOverReset()
    {
        await using var withStubs = await ReferenceProvider.StartAsync(new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            Quiet = true,
            MappingsDirectory = MappingsFolder,
        });
        using var other = new HttpClient { BaseAddress = withStubs.BaseAddress };
        other.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        using var before = await other.GetAsync(new Uri("/finum/v1/contract-list?id-list=C100001", UriKind.Relative));
        using var reset = await other.PostAsync(new Uri("/__admin/reset", UriKind.Relative), null);
        using var after = await other.GetAsync(new Uri("/finum/v1/contract-list?id-list=C100001", UriKind.Relative));

        Assert.That((int)before.StatusCode, Is.EqualTo(503));
        Assert.That((int)after.StatusCode, Is.EqualTo(503));
    }

    [Test]
    public void MappingsFolder_WithMatchEverythingFile_StartRefusedNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("mappings-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "all.json"), """{"Request": {"Path": "*"}, "Response": {"StatusCode": 200}}""");

            var error = Assert.ThrowsAsync<ArgumentException>(async () => await ReferenceProvider.StartAsync(new ReferenceProviderOptions
            {
                Urls = ["http://127.0.0.1:0"],
                Quiet = true,
                MappingsDirectory = folder.FullName,
            }));

            Assert.That(error!.Message, Does.Contain("all.json").And.Contain("matches every request"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void MappingsFolder_OnKestrelEngine_RefusedAsConfiguration() =>
        Assert.Throws<ArgumentException>(() => ReferenceProvider.Build(new ReferenceProviderOptions
        {
            Engine = ProviderEngine.Kestrel,
            MappingsDirectory = MappingsFolder,
        }));

    private Task<HttpResponseMessage> PostMappingAsync(string json) =>
        client.PostAsync(new Uri("/__admin/mappings", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<string> PostJsonAsync(string path, string json)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> StatusAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (int)response.StatusCode;
    }

    private async Task<(int Status, string Body)> BodyAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
