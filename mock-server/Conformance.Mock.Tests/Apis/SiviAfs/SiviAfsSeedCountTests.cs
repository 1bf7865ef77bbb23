using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary><c>--seed-count sivi-afs.&lt;cluster&gt;=N</c> over the counts of seed.yaml.</summary>
public sealed class SiviAfsSeedCountTests : SiviAfsTestBase
{
    protected override ReferenceProviderOptions Options => new()
    {
        Urls = ["http://127.0.0.1:0"],
        Quiet = true,
        SeedCounts = new Dictionary<string, int>(StringComparer.Ordinal) { ["sivi-afs.policy"] = 120, ["sivi-afs.party"] = 7 },
    };

    [Test]
    public async Task Seed_CountsGiven_AreSeededAndNewIdsContinueAfterThem()
    {
        Assert.That(await IdsAsync("policies?limit=1000"), Has.Count.EqualTo(120));
        Assert.That(await IdsAsync("parties?limit=1000", "party"), Has.Count.EqualTo(7));
        Assert.That(await IdsAsync("claims?limit=1000", "claim"), Has.Count.EqualTo(20));
        using var response = await SendJsonAsync(HttpMethod.Post, "parties", SiviAfsExamples.Get("PartyNewRequest").ToJsonString());
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/sivi-afs/v1/parties/PTY0000008"));
    }
}
