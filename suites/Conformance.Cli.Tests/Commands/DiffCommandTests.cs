using System.Text.Json.Nodes;
using Conformance.Mock.Hosting;

namespace Conformance.Cli.Tests.Commands;

/// <summary>
/// <c>conformance diff</c> over real runs: FiNUM against the clean embedded provider, then against
/// one started with a defect, both over loopback.
/// </summary>
[TestFixture]
public sealed class DiffCommandTests
{
    private const string Defect = "finum.contract-required-field-dropped";
    private const string DefectCheck = "response_schema_conformance";

    private string root = string.Empty;
    private string clean = string.Empty;
    private string defect = string.Empty;

    [OneTimeSetUp]
    public async Task RunCleanAndDefectAsync()
    {
        root = CliHarness.TempDirectory();
        clean = Path.Combine(root, "clean");
        defect = Path.Combine(root, "defect");
        var cleanRun = await CliHarness.RunAsync("run", "--api", "finum", "--report-dir", clean);
        Assert.That(cleanRun.ExitCode, Is.EqualTo(ExitCodes.Success), cleanRun.ToString);

        await using var provider = await EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest { Defects = new HashSet<string> { Defect } });
        var url = provider.ApiBaseAddress("finum").ToString().TrimEnd('/');
        var defectRun = await CliHarness.RunAsync("run", "--api", "finum", "--provider", url, "--report-dir", defect);
        Assert.That(defectRun.ExitCode, Is.EqualTo(ExitCodes.NotConformant), defectRun.ToString);
    }

    [OneTimeTearDown]
    public void DeleteReports() => Directory.Delete(root, recursive: true);

    [Test]
    public async Task Diff_CleanThenDefect_NamesExactlyTheChecksTheDefectBreaksAndExitsOne()
    {
        var outcome = await CliHarness.RunAsync("diff", Results(clean), Results(defect));

        var newlyFailing = Lines(outcome.Output, "  + newly failing  ");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
            Assert.That(newlyFailing, Is.EquivalentTo(FailingChecks(Results(defect))), "newly failing = every blocking finding of the defect run, since the clean run has none");
            Assert.That(newlyFailing.Select(l => l.Split("  at ")[0]), Does.Contain(DefectCheck));
            Assert.That(outcome.Output, Does.Contain("finum: ").And.Contain(" 0 fixed, 0 still failing"));
        });
    }

    [Test]
    public async Task Diff_DefectThenClean_ListsTheSameChecksAsFixedAndExitsZero()
    {
        var outcome = await CliHarness.RunAsync("diff", Results(defect), Results(clean));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(Lines(outcome.Output, "  - fixed          "), Is.EquivalentTo(FailingChecks(Results(defect))));
            Assert.That(outcome.Output, Does.EndWith($"0 newly failing, {FailingChecks(Results(defect)).Count} fixed, 0 still failing\n"));
        });
    }

    [Test]
    public async Task Diff_DefectThenDefect_AllStillFailingAndExitsZero()
    {
        var outcome = await CliHarness.RunAsync("diff", "--format", "markdown", Results(defect), Results(defect));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Output, Does.StartWith("### Changes since the previous run\n\n✅ 0 newly failing, 0 fixed,"));
            Assert.That(outcome.Output, Does.Contain($"| still failing | `{DefectCheck}` |"));
        });
    }

    [Test]
    public async Task Diff_FileThatIsNotResults_ExitsTwoNamingIt()
    {
        var bogus = Path.Combine(root, "bogus.json");
        await File.WriteAllTextAsync(bogus, "{\"hello\": 1}");

        var outcome = await CliHarness.RunAsync("diff", Results(clean), bogus);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(outcome.Error, Does.Contain(bogus).And.Contain("not a results.json"));
        });
    }

    private static string Results(string directory) => Path.Combine(directory, "results.json");

    private static List<string> Lines(string output, string prefix) =>
        [.. output.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];

    /// <summary>Read straight from the file, independently of the diff: "check  at location" of every blocking finding.</summary>
    private static HashSet<string> FailingChecks(string resultsFile)
    {
        var failing = new HashSet<string>(StringComparer.Ordinal);
        var apis = JsonNode.Parse(File.ReadAllText(resultsFile))!["run"]!["apis"]!.AsArray();
        foreach (var api in apis)
        {
            Collect(failing, "provider", api!["findings"]);
            foreach (var flow in api["flows"]!.AsArray())
            {
                var workflow = (string)flow!["workflowId"]!;
                Collect(failing, workflow, flow["findings"]);
                foreach (var step in flow["steps"]!.AsArray())
                {
                    Collect(failing, $"{workflow} › {step!["stepId"]}", step["findings"]);
                }
            }

            foreach (var generated in api["generatedCases"]!.AsArray())
            {
                Collect(failing, $"{generated!["operationId"]} › {generated["caseId"]}", generated["findings"]);
            }
        }

        return failing;
    }

    private static void Collect(HashSet<string> failing, string location, JsonNode? findings)
    {
        foreach (var finding in findings!.AsArray())
        {
            if ((string?)finding!["severity"] == "error" && finding["expectedFailureReason"] is null)
            {
                failing.Add($"{finding["checkId"]}  at {location}");
            }
        }
    }
}
