using System.Text.Json.Nodes;

namespace Conformance.Cli.Tests.Commands;

/// <summary>The coverage matrix of a real run: every API against the embedded reference provider, over loopback.</summary>
[TestFixture]
public sealed class RunCoverageTests
{
    private string reportDir = string.Empty;

    [SetUp]
    public void CreateReportDirectory() => reportDir = CliHarness.TempDirectory();

    [TearDown]
    public void DeleteReportDirectory() => Directory.Delete(reportDir, recursive: true);

    [Test]
    public async Task Run_EveryApiEmbedded_CoverageListsEveryOperationCallbackAndWebhookAsExercised()
    {
        var outcome = await CliHarness.RunAsync("run", "--report-dir", reportDir);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
        var apis = JsonNode.Parse(File.ReadAllText(Path.Combine(reportDir, "results.json")))!["run"]!["apis"]!.AsArray();
        var html = File.ReadAllText(Path.Combine(reportDir, "index.html"));
        Assert.Multiple(() =>
        {
            Assert.That(apis.Select(a => (string?)a!["apiId"]), Is.EquivalentTo(new[] { "finum", "seyna", "sivi-afs", "thinksurance" }));
            foreach (var api in apis)
            {
                var coverage = api!["coverage"]!;
                var operations = coverage["operations"]!.AsArray();
                var notExercised = operations.Where(o => !(bool)o!["exercised"]!).Select(o => (string?)o!["operationId"]).ToList();
                Assert.That(notExercised, Is.Empty, $"{api["apiId"]}: operations no flow or case reached");
                Assert.That((int)coverage["operationsExercised"]!, Is.EqualTo(operations.Count).And.GreaterThan(10));
                Assert.That(html, Does.Contain($"{operations.Count} / {operations.Count} operations exercised"));
            }

            var kinds = apis.SelectMany(a => a!["coverage"]!["operations"]!.AsArray()).Select(o => (string?)o!["kind"]).ToHashSet();
            Assert.That(kinds, Is.SupersetOf(new[] { "operation", "callback", "webhook" }));
        });
    }
}
