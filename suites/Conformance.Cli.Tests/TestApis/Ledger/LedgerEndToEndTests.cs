using Conformance.Cli.Tests.Commands;
using Conformance.Mock.Hosting;
using Conformance.Runner.Engine;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>
/// The test-only Ledger API, whose conventions are unlike FiNUM's (HTTP Basic, refusals as HTTP 200
/// with an <c>error</c> member, cursor paging), run end to end: its module served by the reference
/// provider over loopback, its contract, flow and test-only credentials read from
/// <c>fixtures/test-apis/</c> by the runner, generated cases included.
/// </summary>
[TestFixture]
public sealed class LedgerEndToEndTests
{
    private static string Fixtures => Path.Combine(CliHarness.RepoRoot(), "fixtures", "test-apis");

    [Test]
    public async Task Run_PerfectLedger_IsConformantWithEveryFlowAndCase()
    {
        var result = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Conformant), Blocking(result));
            Assert.That(result.Flows.Select(f => (f.WorkflowId, f.Outcome)), Is.EquivalentTo(new[]
            {
                ("entryRoundTrip", Outcome.Passed),
                ("entriesPaged", Outcome.Passed),
                ("refusalsAreHttp200", Outcome.Passed),
            }));
            Assert.That(result.GeneratedCases.Count(c => c.Outcome == Outcome.Passed), Is.GreaterThan(10));
            Assert.That(result.GeneratedCases.Where(c => c.Outcome == Outcome.Failed).Select(c => c.CaseId), Is.Empty);
            Assert.That(result.GeneratedCases.Select(c => c.Kind), Does.Contain("wrong_auth").And.Contain("negative_data").And.Contain("missing_auth"));
        });
    }

    [Test]
    public async Task Run_LedgerIgnoringCredentials_IsNotConformantNamingAuthRequired()
    {
        var result = await RunAsync(LedgerModule.AuthIgnored);

        var failed = RunResults.AllFindings(result).Where(f => f.Severity == Severity.Error && f.ExpectedFailureReason is null).Select(f => f.CheckId).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant));
            Assert.That(failed, Does.Contain("auth_required"));
            Assert.That(result.Flows.Single(f => f.WorkflowId == "refusalsAreHttp200").Outcome, Is.EqualTo(Outcome.Failed));
        });
    }

    private static async Task<ApiRunResult> RunAsync(params string[] defects)
    {
        await using var provider = await EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest
        {
            FixturesDirectory = Fixtures,
            Modules = [new LedgerModule()],
            Defects = defects.ToHashSet(),
        });
        var api = Path.Combine(Fixtures, "apis", "ledger");
        return await new ConformanceRunner().RunApiAsync(
            new ApiRunRequest
            {
                ApiId = "ledger",
                ProviderBaseUrl = new Uri(provider.BaseAddress, "ledger/v1").ToString(),
                SpecPath = Path.Combine(api, "openapi.yaml"),
                FlowFiles = [Path.Combine(api, "flows", "ledger.arazzo.yaml")],
                FixturesDirectory = Fixtures,
            },
            NullRunListener.Instance,
            CancellationToken.None);
    }

    private static string Blocking(ApiRunResult result) => string.Join(
        "\n",
        RunResults.AllFindings(result).Where(f => f.Severity == Severity.Error).Select(f => $"[{f.CheckId}] {f.Message}"));
}
