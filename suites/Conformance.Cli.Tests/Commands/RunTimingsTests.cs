namespace Conformance.Cli.Tests.Commands;

[TestFixture]
public sealed class RunTimingsTests
{
    private string reportDir = string.Empty;

    [SetUp]
    public void CreateReportDirectory() => reportDir = CliHarness.TempDirectory();

    [TearDown]
    public void DeleteReportDirectory() => Directory.Delete(reportDir, recursive: true);

    [Test]
    public async Task Run_TimingsOption_WritesEveryPhaseToStandardErrorAfterTheRun()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--workflow", "syncClients", "--timings", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Output, Does.Not.Contain("timings"));
            foreach (var phase in new[]
            {
                "command line parsed", "fixtures found, profiles read, run planned", "contracts, flows and credentials loaded",
                "embedded provider started", "first schema compiled", "second schema compiled", "run: finum", "reports written", "  index.html", "  junit.xml", "  results.json", "  summary.md", "total",
            })
            {
                Assert.That(outcome.Error, Does.Match($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(phase)} +\d* +\d+$"), phase);
            }
        });
    }

    [Test]
    public async Task Run_WithoutTimings_WritesNoTimings()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--workflow", "syncClients", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Error, Does.Not.Contain("timings"));
        });
    }
}
