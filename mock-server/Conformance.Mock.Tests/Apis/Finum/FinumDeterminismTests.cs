using System.Net.Http.Headers;
using Conformance.Mock.Hosting;
using Conformance.Mock.Tests.Support;

namespace Conformance.Mock.Tests.Apis.Finum;

public sealed class FinumDeterminismTests
{
    private static readonly string[] Requests =
    [
        "contract-list?id-list=C100001,C100017,C100050",
        "client-list?id-list=K100001,K100030",
        "product-list?id-list=P1001,P1008",
        "user-list?id-list=U1001,U1005",
        "file-list?id-list=F100001,F100010",
        "contract-id-list-updated?since=2020-01-01T00:00:00Z",
        "client-id-list-updated?since=2020-01-01T00:00:00Z",
        "file-id-list-updated?since=1970-01-01T00:00:00Z",
        "contract-list?holder-id=K100003",
        "file/F100002/download",
    ];

    [Test]
    public async Task SameSeed_DifferentOrderAndRestart_ByteIdenticalAnswers()
    {
        var first = await AnswersAsync(seed: 7, Requests);
        var second = await AnswersAsync(seed: 7, [.. Requests.Reverse()]);

        foreach (var request in Requests)
        {
            Assert.That(second[request], Is.EqualTo(first[request]), request);
        }
    }

    [Test]
    public async Task DifferentSeed_DifferentData()
    {
        var first = await AnswersAsync(seed: 7, [Requests[0]]);
        var second = await AnswersAsync(seed: 8, [Requests[0]]);

        Assert.That(second[Requests[0]], Is.Not.EqualTo(first[Requests[0]]));
    }

    [Test]
    public async Task LargerSeedCount_ExistingRecordsUnchanged()
    {
        var small = await AnswersAsync(seed: 7, ["client-list?id-list=K100001,K100002"]);
        var large = await AnswersAsync(seed: 7, ["client-list?id-list=K100001,K100002"], new Dictionary<string, int> { ["finum.client"] = 500 });

        Assert.That(large.Values.Single(), Is.EqualTo(small.Values.Single()));
    }

    private static async Task<Dictionary<string, byte[]>> AnswersAsync(int seed, IReadOnlyList<string> requests, IReadOnlyDictionary<string, int>? counts = null)
    {
        await using var provider = await ReferenceProvider.StartAsync(new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            Seed = seed,
            SeedCounts = counts ?? new Dictionary<string, int>(),
            Quiet = true,
        });
        using var client = new HttpClient { BaseAddress = provider.ApiBaseAddress("finum") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FinumTokens.Valid(provider.Clock.GetUtcNow()));
        var answers = new Dictionary<string, byte[]>();
        foreach (var request in requests)
        {
            answers[request] = await client.GetByteArrayAsync(new Uri(request, UriKind.Relative));
        }

        return answers;
    }
}
