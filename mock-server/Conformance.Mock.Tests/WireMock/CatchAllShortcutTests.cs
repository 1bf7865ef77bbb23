using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Conformance.Mock.Tests.WireMock;

/// <summary>
/// The WireMock engine answers a request only a catch-all could match without WireMock.Net's matcher;
/// anything that could change the outcome (a stub added in-process, a global delay) puts requests
/// back through the matcher, and the journal keeps its bound either way.
/// </summary>
public sealed class CatchAllShortcutTests
{
    private const string ContractList = "/finum/v1/contract-list?id-list=C100001";

    [Test]
    public async Task NoStub_ApiRequests_AnsweredWithoutMatchingAndJournalled()
    {
        await using var provider = await StartAsync();
        using var client = Client(provider);

        var status = await StatusAsync(client, ContractList);
        var journal = await JournalAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(provider.AnsweredWithoutMatching, Is.EqualTo(1));
            Assert.That(journal.Select(e => e!["Request"]!["Url"]!.GetValue<string>()), Has.One.EndsWith(ContractList));
            Assert.That(journal, Has.Count.EqualTo(1), "warming up at start journals nothing");
        });
    }

    [Test]
    public async Task StubAddedInProcess_RequestsGoThroughTheMatcherAndTheStubWins()
    {
        await using var provider = await StartAsync();
        using var client = Client(provider);
        provider.WireMock!.Given(Request.Create().WithPath("/finum/v1/client-list").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));

        var stubbed = await StatusAsync(client, "/finum/v1/client-list?id-list=K100001");
        var module = await StatusAsync(client, ContractList);

        Assert.Multiple(() =>
        {
            Assert.That(stubbed, Is.EqualTo(503));
            Assert.That(module, Is.EqualTo(200));
            Assert.That(provider.AnsweredWithoutMatching, Is.Zero);
        });
    }

    [Test]
    public async Task GlobalDelaySet_RequestsGoThroughTheMatcher()
    {
        await using var provider = await StartAsync();
        using var client = Client(provider);
        provider.WireMock!.AddGlobalProcessingDelay(TimeSpan.FromMilliseconds(1));

        var status = await StatusAsync(client, ContractList);

        Assert.That((status, provider.AnsweredWithoutMatching), Is.EqualTo((200, 0L)));
    }

    [Test]
    public async Task JournalSizeFive_TwelveRequests_JournalKeepsTheNewestFive()
    {
        await using var provider = await StartAsync(journalCapacity: 5);
        using var client = Client(provider);
        for (var i = 1; i <= 12; i++)
        {
            await StatusAsync(client, $"/finum/v1/contract-list?id-list=C1000{i:00}");
        }

        var urls = (await JournalAsync(client)).Select(e => e!["Request"]!["Url"]!.GetValue<string>()[^7..]).Order(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(provider.AnsweredWithoutMatching, Is.EqualTo(12));
            Assert.That(urls, Is.EqualTo(new[] { "C100008", "C100009", "C100010", "C100011", "C100012" }));
        });
    }

    private static Task<RunningReferenceProvider> StartAsync(int journalCapacity = 1000) =>
        ReferenceProvider.StartAsync(new ReferenceProviderOptions { Urls = ["http://127.0.0.1:0"], Quiet = true, JournalCapacity = journalCapacity });

    private static HttpClient Client(RunningReferenceProvider provider)
    {
        var client = new HttpClient { BaseAddress = provider.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));
        return client;
    }

    private static async Task<int> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (int)response.StatusCode;
    }

    private static async Task<JsonArray> JournalAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/__admin/requests", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}
