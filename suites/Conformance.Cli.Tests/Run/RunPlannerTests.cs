using Conformance.Cli.Run;
using Conformance.Runner.Profiles;

namespace Conformance.Cli.Tests.Run;

[TestFixture]
public sealed class RunPlannerTests
{
    private static readonly ApiCoverage OneApiWithFlows = new(
        ["finum", "seyna", "sivi-afs"],
        new Dictionary<string, IReadOnlyList<string>> { ["finum"] = ["sync.arazzo.yaml"] },
        new HashSet<string> { "finum" });

    private static readonly ApiCoverage TwoApisWithFlows = OneApiWithFlows with
    {
        FlowFiles = new Dictionary<string, IReadOnlyList<string>> { ["finum"] = ["a"], ["seyna"] = ["b"] },
    };

    [Test]
    public void Plan_NoOptions_EmbedsEveryRunnableApiAndListsTheRestAsNotCovered()
    {
        var plan = RunPlanner.Plan(new RunOptions(), OneApiWithFlows, null, null);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Error, Is.Null);
            Assert.That(plan.Embedded, Is.True);
            Assert.That(plan.Apis, Is.EqualTo(new[] { new PlannedApi("finum", null) }));
            Assert.That(plan.NotYetCovered, Is.EqualTo(new[] { "seyna", "sivi-afs" }));
        });
    }

    [Test]
    public void Plan_ProviderWithoutApiAndOneApiWithFlows_UsesThatApi()
    {
        var plan = RunPlanner.Plan(new RunOptions { Provider = "http://127.0.0.1:1/finum/v1" }, OneApiWithFlows, null, null);

        Assert.That(plan.Apis, Is.EqualTo(new[] { new PlannedApi("finum", "http://127.0.0.1:1/finum/v1") }));
    }

    [Test]
    public void Plan_ProviderWithoutApiAndTwoApisWithFlows_IsAnError()
    {
        var plan = RunPlanner.Plan(new RunOptions { Provider = "http://127.0.0.1:1/x" }, TwoApisWithFlows, null, null);

        Assert.That(plan.Error, Does.Contain("--api"));
    }

    [Test]
    public void Plan_ProviderThatIsNotAUrl_IsAnError()
    {
        var plan = RunPlanner.Plan(new RunOptions { Api = "finum", Provider = "localhost:5080" }, OneApiWithFlows, null, null);

        Assert.That(plan.Error, Does.Contain("not an absolute http or https URL"));
    }

    [Test]
    public void Plan_ProfileWithBaseUrls_RunsItsApisWithFlowsAndListsTheOthers()
    {
        var profile = new ProviderProfile
        {
            Apis = new Dictionary<string, ApiProfile>
            {
                ["finum"] = new() { BaseUrl = "https://p.example/finum/v1" },
                ["seyna"] = new() { BaseUrl = "https://p.example/seyna/v2" },
            },
        };

        var plan = RunPlanner.Plan(new RunOptions(), OneApiWithFlows, profile, null);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Embedded, Is.False);
            Assert.That(plan.Apis, Is.EqualTo(new[] { new PlannedApi("finum", "https://p.example/finum/v1") }));
            Assert.That(plan.NotYetCovered, Is.EqualTo(new[] { "seyna" }));
        });
    }

    [Test]
    public void Plan_EmbeddedWithoutProfile_UsesTheReferenceProfile()
    {
        var reference = new ProviderProfile { Name = "reference-provider", Apis = new Dictionary<string, ApiProfile>() };

        var plan = RunPlanner.Plan(new RunOptions { Api = "finum" }, OneApiWithFlows, null, reference);

        Assert.That(plan.Profile, Is.SameAs(reference));
    }
}
