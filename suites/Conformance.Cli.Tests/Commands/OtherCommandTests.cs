using Conformance.Mock.Hosting;
using Conformance.Cli.Commands;
using Conformance.Runner.Checks;
using Conformance.Runner.Results;

namespace Conformance.Cli.Tests.Commands;

[TestFixture]
public sealed class OtherCommandTests
{
    public static IEnumerable<string> ContractApis() =>
        Directory.GetDirectories(Path.Combine(CliHarness.RepoRoot(), "fixtures", "apis"))
            .Where(d => File.Exists(Path.Combine(d, "openapi.yaml")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ContractApis))]
    public async Task ValidateSpec_OurContract_ExitsZero(string api)
    {
        var outcome = await CliHarness.RunAsync("validate-spec", Path.Combine(CliHarness.RepoRoot(), "fixtures", "apis", api, "openapi.yaml"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
    }

    [Test]
    public async Task ValidateSpec_BrokenFile_ExitsTwo()
    {
        var directory = CliHarness.TempDirectory();
        var file = Path.Combine(directory, "broken.yaml");
        await File.WriteAllTextAsync(file, "openapi: 3.1.0\ninfo: [not, a, mapping\n");
        try
        {
            var outcome = await CliHarness.RunAsync("validate-spec", file);

            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task ListChecks_Text_ListsEveryCheckUnderItsApi()
    {
        var outcome = await CliHarness.RunAsync("list-checks");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success));
        var lines = outcome.Output.Split('\n');
        foreach (var group in CheckCatalogue.Default.Groups)
        {
            var heading = Array.FindIndex(lines, l => l.TrimEnd() == ListChecksCommand.Heading(group.ApiId));
            Assert.That(heading, Is.GreaterThanOrEqualTo(0), group.ApiId);
            var section = lines.Skip(heading + 1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim().Split(' ')[0]);
            Assert.That(section, Is.EqualTo(group.Checks.Select(c => c.Id)), group.ApiId);
        }
    }

    [Test]
    public async Task ListChecks_Json_ListsEveryCheckOnceGroupedByApi()
    {
        var outcome = await CliHarness.RunAsync("list-checks", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(outcome.Output);
        var groups = json.RootElement.EnumerateArray().Select(g => (
            Api: g.GetProperty("api").GetString(),
            Ids: g.GetProperty("checks").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList())).ToList();
        Assert.That(groups.Select(g => g.Api), Is.EqualTo(CheckCatalogue.Default.Groups.Select(g => g.ApiId)));
        Assert.That(groups.SelectMany(g => g.Ids), Is.EquivalentTo(CheckCatalogue.Default.All.Select(c => c.Id)));
        Assert.That(groups.First(g => g.Api == "finum").Ids, Does.Contain("finum_id_list_answer"));
    }

    [TestCase(Verdict.Conformant, ExitCodes.Success)]
    [TestCase(Verdict.NotConformant, ExitCodes.NotConformant)]
    [TestCase(Verdict.Unreachable, ExitCodes.Unreachable)]
    public void ExitCodes_For_MapsEveryVerdict(Verdict verdict, int expected) =>
        Assert.That(ExitCodes.For(verdict), Is.EqualTo(expected));

    [Test]
    public async Task Mock_ListDefects_ListsEveryDefect()
    {
        var outcome = await CliHarness.RunAsync("mock", "--list-defects");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success));
            foreach (var defect in ReferenceProvider.ListDefects())
            {
                Assert.That(outcome.Output, Does.Contain(defect.Name).And.Contain(defect.ExpectedCheck));
            }
        });
    }

    [Test]
    public async Task Mock_UnknownOption_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("mock", "--no-such-option");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    [Test]
    public async Task Version_PrintsAVersion()
    {
        var outcome = await CliHarness.RunAsync("--version");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Output, Does.Match(@"^\d+\.\d+\.\d+"));
        });
    }
}
