using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Apis.Seyna;
using Conformance.Mock.Tests.Apis.Thinksurance;
using Conformance.Mock.Tests.Support;
using Conformance.Specs;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Mock.Tests.Hosting;

/// <summary>
/// Both engines run the same modules: one recorded sequence touching every API (reads, refusals, bad
/// bodies, token exchanges, unknown routes) must get byte-identical answers from both, for the same
/// seed and the same clock. Issued tokens are random by design, so each run's tokens are replaced by
/// a placeholder before comparing.
/// </summary>
public sealed class EngineParityTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A stub on a path no module serves: WireMock.Net must then score its mappings for every request.</summary>
    private const string UnrelatedStub = """{"Request": {"Path": "/elsewhere", "Methods": ["GET"]}, "Response": {"StatusCode": 204}}""";

    [Test]
    public async Task RecordedSequence_BothEngines_ByteIdenticalAnswers()
    {
        var kestrel = await RunAsync(ProviderEngine.Kestrel);
        var wiremock = await RunAsync(ProviderEngine.WireMock);

        Assert.That(kestrel.Answers, Has.Count.GreaterThan(15));
        Assert.That(wiremock.Answers, Is.EqualTo(kestrel.Answers));
        Assert.That(kestrel.AnsweredWithoutMatching, Is.Zero);
    }

    [Test]
    public async Task RecordedSequence_WireMockWithAndWithoutAStub_SameAnswersAndJournal()
    {
        var plain = await RunAsync(ProviderEngine.WireMock);
        var stubbed = await RunAsync(ProviderEngine.WireMock, UnrelatedStub);

        Assert.Multiple(() =>
        {
            Assert.That(plain.AnsweredWithoutMatching, Is.EqualTo(plain.Answers.Count), "with no stub, no request needs WireMock.Net's matcher");
            Assert.That(stubbed.AnsweredWithoutMatching, Is.Zero, "a stub makes WireMock.Net match every request");
            Assert.That(stubbed.Answers, Is.EqualTo(plain.Answers));
            Assert.That(plain.Journal, Has.Count.EqualTo(plain.Answers.Count));
            Assert.That(stubbed.Journal, Is.EqualTo(plain.Journal));
        });
    }

    private static async Task<Run> RunAsync(ProviderEngine engine, string? stub = null)
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            Quiet = true,
            Engine = engine,
            BaseTimeProvider = new FakeTimeProvider(Start),
        });
        using var client = new HttpClient { BaseAddress = provider.BaseAddress };
        if (stub is not null)
        {
            using var added = await client.PostAsync(new Uri("/__admin/mappings", UriKind.Relative), new StringContent(stub, Encoding.UTF8, "application/json"));
            Assert.That((int)added.StatusCode, Is.EqualTo(201), await added.Content.ReadAsStringAsync());
        }

        var answers = new List<string>();
        var tokens = new List<string>();
        async Task<string> SendAsync(HttpMethod method, string path, AuthenticationHeaderValue? auth = null, HttpContent? content = null, params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
            request.Headers.Authorization = auth;
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var text = Encoding.UTF8.GetString(body);
            var record = $"{method} {path} -> {(int)response.StatusCode} {response.Content.Headers.ContentType} {body.Length}\n{text}";
            answers.Add(tokens.Aggregate(record, (t, token) => t.Replace(token, "<token>", StringComparison.Ordinal)));
            return text;
        }

        static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

        var jwt = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));
        await SendAsync(HttpMethod.Get, "/finum/v1/contract-list?id-list=C100001,C100002,C999999", jwt);
        await SendAsync(HttpMethod.Get, "/finum/v1/client-list?id-list=K100001", jwt);
        await SendAsync(HttpMethod.Get, "/finum/v1/contract-list?id-list=C100001");
        await SendAsync(HttpMethod.Post, "/finum/v1/contract", jwt, Json("{\"productId\": 7, \"productId\": 8}"));
        await SendAsync(HttpMethod.Post, "/finum/v1/contract", jwt, new StringContent("not json", Encoding.UTF8, "text/plain"));
        await SendAsync(HttpMethod.Delete, "/finum/v1/contract-list", jwt);
        await SendAsync(HttpMethod.Get, "/finum/v1/no-such-route", jwt);

        var basic = SeynaTestBase.Basic(SeynaTestBase.KeyId, SeynaTestBase.Secret);
        await SendAsync(HttpMethod.Get, "/seyna/v2/portfolios", basic);
        await SendAsync(HttpMethod.Get, "/seyna/v2/portfolios/pf_0001/contracts", basic);
        await SendAsync(HttpMethod.Get, "/seyna/v2/portfolios/pf_0001/claims", basic);
        await SendAsync(HttpMethod.Get, "/seyna/v2/portfolios", SeynaTestBase.Basic(SeynaTestBase.KeyId, "wrong"));
        await SendAsync(HttpMethod.Put, "/seyna/v2/portfolios/pf_0001/contracts/W-1", basic, Json("{\"timestamp\": \"yesterday\"}"));

        var sivi = File.ReadAllText(Path.Combine(FixturePaths.Require(), "credentials", "sivi-afs", "conformance-test-client.secret.txt")).Trim();
        var siviToken = JsonNode.Parse(await SendAsync(HttpMethod.Post, "/sivi-afs/v1/oauth/token",
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("conformance-test-client:" + sivi))),
            new FormUrlEncodedContent([new("grant_type", "client_credentials")])))!["access_token"]!.GetValue<string>();
        tokens.Add(siviToken);
        answers[^1] = answers[^1].Replace(siviToken, "<token>", StringComparison.Ordinal);
        var bearer = new AuthenticationHeaderValue("Bearer", siviToken);
        await SendAsync(HttpMethod.Get, "/sivi-afs/v1/policies?limit=3&_sort=businessLine,-premiumAmount", bearer);
        await SendAsync(HttpMethod.Get, "/sivi-afs/v1/policies/POL0000001?validOn=2000-01-01", bearer);
        await SendAsync(HttpMethod.Get, "/sivi-afs/v1/parties/PTY0000001", bearer);
        await SendAsync(HttpMethod.Get, "/sivi-afs/v1/policies?_filter=nonsense(", bearer);

        var tsToken = JsonNode.Parse(await SendAsync(HttpMethod.Post, "/thinksurance/api/ipn/tokens", null,
            Json($$"""{"hash":"{{ThinksuranceTestBase.Hash}}","secret":"{{ThinksuranceTestBase.Secret}}"}""")))!["token"]!.GetValue<string>();
        tokens.Add(tsToken);
        answers[^1] = answers[^1].Replace(tsToken, "<token>", StringComparison.Ordinal);
        var ts = new AuthenticationHeaderValue("Bearer", tsToken);
        await SendAsync(HttpMethod.Get, "/thinksurance/api/ipn/agency-numbers", ts, null, ("X-Account-Token", ThinksuranceTestBase.AccountToken));
        await SendAsync(HttpMethod.Get, "/thinksurance/api/ipn/brokers", ts, null, ("X-Account-Token", ThinksuranceTestBase.AccountToken));
        await SendAsync(HttpMethod.Post, $"/thinksurance/api/account-ipn/get/{tsToken}", null, Json($$"""{"aToken":"{{ThinksuranceTestBase.AccountToken}}","lastDays":3650}"""));
        await SendAsync(HttpMethod.Post, "/thinksurance/api/ipn/tokens", null, Json("{\"hash\": 1}"));
        var journal = engine == ProviderEngine.WireMock ? await JournalAsync(client, tokens) : [];
        return new Run(answers, journal, provider.AnsweredWithoutMatching);
    }

    /// <summary>What WireMock.Net's journal says of each API request: the mapping that answered, the request and the answer.</summary>
    private static async Task<List<string>> JournalAsync(HttpClient client, List<string> tokens)
    {
        var entries = JsonNode.Parse(await client.GetStringAsync(new Uri("/__admin/requests", UriKind.Relative)))!.AsArray();
        return [.. entries
            .Where(e => !e!["Request"]!["Path"]!.GetValue<string>().StartsWith("/__admin", StringComparison.Ordinal))
            .Select(e => tokens.Aggregate(
                $"{e!["Request"]!["Method"]} {e["Request"]!["Url"]!.GetValue<string>().Split('/', 4)[3]} {e["Request"]!["Body"] ?? e["Request"]!["BodyAsBytes"]} "
                    + $"-> {e["MappingGuid"]} {e["MappingTitle"]} {e["RequestMatchResult"]?["IsPerfectMatch"]} {e["PartialMappingGuid"]} "
                    + $"{e["Response"]!["StatusCode"]} {e["Response"]!["Headers"]?.ToJsonString()} {Text(e["Response"]!)}",
                (t, token) => t.Replace(token, "<token>", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A journalled body as text: WireMock.Net keeps bytes as base64, which would hide the tokens being replaced.</summary>
    private static string Text(JsonNode message) =>
        message["BodyAsBytes"] is { } bytes ? Encoding.UTF8.GetString(Convert.FromBase64String(bytes.GetValue<string>())) : message["Body"]?.ToString() ?? "";

    private sealed record Run(List<string> Answers, List<string> Journal, long AnsweredWithoutMatching);
}
