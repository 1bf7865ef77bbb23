using Conformance.Mock.Defects;
using Conformance.Mock.Hosting;
using Conformance.Runner.Engine;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;
using Conformance.Suites.Support;

namespace Conformance.Suites;

/// <summary>
/// The suite has teeth: for every FiNUM defect the reference provider offers, a run against a
/// provider started with it is not conformant and names the defect's expected check; without a
/// defect the same run is conformant. Timers run <see cref="TimerFactor"/>× faster (waits for
/// callbacks that never come end in seconds). Only the workflows that exercise a defect are run;
/// a defect without an entry in <see cref="Focus"/> gets the whole suite, so new defects are covered.
/// </summary>
[TestFixture]
[Category("Teeth")]
public sealed class DefectDetectionTests
{
    private const string Api = "finum";
    private const string GeneratedCasesOnly = "generated";
    private const double TimerFactor = 5;

    /// <summary>Defect → the workflows that catch it (<see cref="GeneratedCasesOnly"/>: the generated cases).</summary>
    private static readonly Dictionary<string, string[]> Focus = new(StringComparer.Ordinal)
    {
        ["finum.contract-required-field-dropped"] = ["syncContracts"],
        // The auth flows catch it too (their success criteria expect 401); auth_required is the generated cases' check.
        ["finum.auth-ignored"] = [GeneratedCasesOnly],
        ["finum.since-ignored"] = ["syncContracts"],
        ["finum.ids-left-out"] = ["syncContracts"],
        ["finum.callback-never-sent"] = ["proposalWithCallbacks"],
        ["finum.proposal-stuck"] = ["proposalByPolling"],
        ["finum.wrong-content-type"] = ["syncContracts"],
        ["finum.500-on-bad-input"] = [GeneratedCasesOnly],
        ["finum.status-out-of-range"] = ["syncContracts"],
    };

    public static IEnumerable<TestCaseData> Defects() =>
        ReferenceProvider.ListDefects().Where(d => d.ApiId == Api).Select(d => new TestCaseData(d).SetName($"RunApi_Defect_{d.Name}_NotConformantNaming_{d.ExpectedCheck}"));

    [TestCaseSource(nameof(Defects))]
    public async Task RunApi_ProviderWithDefect_NotConformantNamingExpectedCheck(DefectInfo defect)
    {
        var focus = Focus.GetValueOrDefault(defect.Name) ?? [];

        var result = await RunAsync([defect.Name], focus);

        var failing = RunResults.AllFindings(result).Where(FailureMessage.IsBlocking).ToList();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant), $"{defect.Name} ({defect.Description}) was not caught");
        Assert.That(failing.Select(f => f.CheckId), Does.Contain(defect.ExpectedCheck), () =>
            $"{defect.Name}: expected a {defect.ExpectedCheck} finding; found: {string.Join(", ", failing.Select(f => f.CheckId).Distinct())}");
    }

    [Test]
    public async Task RunApi_NoDefect_ConformantForEveryFocusedRun()
    {
        var focus = Focus.Values.SelectMany(f => f).Where(f => f != GeneratedCasesOnly).Distinct().ToArray();

        var flows = await RunAsync([], focus);
        var generated = await RunAsync([], [GeneratedCasesOnly]);

        Assert.Multiple(() =>
        {
            Assert.That(flows.Verdict, Is.EqualTo(Verdict.Conformant), () => Describe(flows));
            Assert.That(generated.Verdict, Is.EqualTo(Verdict.Conformant), () => Describe(generated));
        });
    }

    private static string Describe(ApiRunResult result) =>
        string.Join("\n", RunResults.AllFindings(result).Where(FailureMessage.IsBlocking).Select(f => $"[{f.CheckId}] {f.Message}"));

    private static async Task<ApiRunResult> RunAsync(string[] defects, string[] focus)
    {
        await using var provider = await EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest
        {
            Defects = defects.ToHashSet(StringComparer.Ordinal),
        });
        var generatedOnly = focus.Length == 1 && focus[0] == GeneratedCasesOnly;
        var request = new ApiRunRequest
        {
            ApiId = Api,
            ProviderBaseUrl = provider.ApiBaseAddress(Api).ToString().TrimEnd('/'),
            SpecPath = SuiteCatalog.SpecFile(Api),
            FlowFiles = generatedOnly ? [] : SuiteCatalog.FlowFiles(Api),
            WorkflowFilter = generatedOnly ? [] : focus,
            IncludeGeneratedCases = generatedOnly || focus.Length == 0,
            FixturesDirectory = SuiteCatalog.Fixtures,
            TimeProvider = new ScaledTimerTimeProvider(TimerFactor),

            // Scaled like every timer: 600 s is 2 min of real time per workflow, ample under load.
            FlowTimeout = TimeSpan.FromSeconds(600),
        };
        return await new ConformanceRunner().RunApiAsync(request, NullRunListener.Instance, CancellationToken.None);
    }
}
