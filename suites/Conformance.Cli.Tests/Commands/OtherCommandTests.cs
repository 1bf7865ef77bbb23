using Conformance.Mock.Hosting;
using Conformance.Runner.Checks;

namespace Conformance.Cli.Tests.Commands;

[TestFixture]
public sealed class OtherCommandTests
{
    [TestCase("finum")]
    [TestCase("sivi-afs")]
    [TestCase("seyna")]
    [TestCase("thinksurance")]
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
    public async Task ListChecks_Text_ContainsEveryCheckId()
    {
        var outcome = await CliHarness.RunAsync("list-checks");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success));
            foreach (var check in CheckCatalogue.Default.All)
            {
                Assert.That(outcome.Output, Does.Contain(check.Id));
            }
        });
    }

    [Test]
    public async Task ListChecks_Json_ListsEveryCheckOnce()
    {
        var outcome = await CliHarness.RunAsync("list-checks", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(outcome.Output);
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EqualTo(CheckCatalogue.Default.All.Select(c => c.Id).ToList()));
    }

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
