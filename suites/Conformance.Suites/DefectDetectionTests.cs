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
/// Every defect runs on the default engine (WireMock.Net); on the Kestrel engine, the defect-free
/// runs of every API and each API's first defect (by name) keep the matrix within minutes while
/// proving the suite's teeth on both engines.
/// </summary>
[TestFixture]
[Category("Teeth")]
public sealed class DefectDetectionTests
{
    private const double TimerFactor = 5;

    /// <summary>Every defect of every API the embedded provider serves with flows.</summary>
    public static IEnumerable<TestCaseData> Defects()
    {
        var defects = ReferenceProvider.ListDefects().Where(d => EmbeddedApis().Contains(d.ApiId)).ToList();
        var kestrel = defects.GroupBy(d => d.ApiId).Select(g => g.OrderBy(d => d.Name, StringComparer.Ordinal).First());
        return defects.Select(d => Case(d, ProviderEngine.WireMock)).Concat(kestrel.Select(d => Case(d, ProviderEngine.Kestrel)));

        static TestCaseData Case(DefectInfo d, ProviderEngine engine) =>
            new TestCaseData(d, engine).SetName($"RunApi_Defect_{d.Name}_On{engine}_NotConformantNaming_{d.ExpectedCheck}");
    }

    public static IEnumerable<TestCaseData> Apis() =>
        EmbeddedApis().SelectMany(a => new[] { ProviderEngine.WireMock, ProviderEngine.Kestrel }
            .Select(engine => new TestCaseData(a, engine).SetName($"RunApi_NoDefect_{a}_On{engine}_ConformantForEveryFocusedRun")));

    [TestCaseSource(nameof(Defects))]
    public async Task RunApi_ProviderWithDefect_NotConformantNamingExpectedCheck(DefectInfo defect, ProviderEngine engine)
    {
        var result = await RunAsync(defect.ApiId, [defect.Name], defect.CaughtBy, engine);

        var failing = RunResults.AllFindings(result).Where(FailureMessage.IsBlocking).ToList();
        Assert.That(result.Verdict, Is.EqualTo(Verdict.NotConformant), $"{defect.Name} ({defect.Description}) was not caught");
        Assert.That(failing.Select(f => f.CheckId), Does.Contain(defect.ExpectedCheck), () =>
            $"{defect.Name}: expected a {defect.ExpectedCheck} finding; found: {string.Join(", ", failing.Select(f => f.CheckId).Distinct())}");
    }

    [TestCaseSource(nameof(Apis))]
    public async Task RunApi_NoDefect_ConformantForEveryFocusedRun(string api, ProviderEngine engine)
    {
        var focus = ReferenceProvider.ListDefects().Where(d => d.ApiId == api).SelectMany(d => d.CaughtBy).Distinct().ToArray();

        var flows = await RunAsync(api, [], focus, engine);
        var generated = await RunAsync(api, [], [], engine);

        Assert.Multiple(() =>
        {
            Assert.That(flows.Verdict, Is.EqualTo(Verdict.Conformant), () => Describe(flows));
            Assert.That(generated.Verdict, Is.EqualTo(Verdict.Conformant), () => Describe(generated));
        });
    }

    private static string Describe(ApiRunResult result) =>
        string.Join("\n", RunResults.AllFindings(result).Where(FailureMessage.IsBlocking).Select(f => $"[{f.CheckId}] {f.Message}"));

    private static IReadOnlyList<string> EmbeddedApis() => SuiteCatalog.Apis(new SuiteSettings());

    /// <summary>Runs the <paramref name="workflows"/> of <paramref name="api"/>, or its generated cases alone when none are named.</summary>
    private static async Task<ApiRunResult> RunAsync(string api, string[] defects, IReadOnlyList<string> workflows, ProviderEngine engine)
    {
        await using var provider = await EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest
        {
            Defects = defects.ToHashSet(StringComparer.Ordinal),
            Engine = engine,
        });
        var generatedOnly = workflows.Count == 0;
        var request = new ApiRunRequest
        {
            ApiId = api,
            ProviderBaseUrl = provider.ApiBaseAddress(api).ToString().TrimEnd('/'),
            SpecPath = SuiteCatalog.SpecFile(api),
            FlowFiles = generatedOnly ? [] : SuiteCatalog.FlowFiles(api),
            WorkflowFilter = generatedOnly ? [] : workflows,
            IncludeGeneratedCases = generatedOnly,
            FixturesDirectory = SuiteCatalog.Fixtures,

            // As every embedded run: the reference provider's profile, so its optional workflows can catch defects too.
            Profile = SuiteRuns.ReferenceProfile()?.Apis.GetValueOrDefault(api),
            TimeProvider = new ScaledTimerTimeProvider(TimerFactor),

            // Scaled like every timer: 600 s is 2 min of real time per workflow, ample under load.
            FlowTimeout = TimeSpan.FromSeconds(600),
        };
        return await new ConformanceRunner().RunApiAsync(request, NullRunListener.Instance, CancellationToken.None);
    }
}
