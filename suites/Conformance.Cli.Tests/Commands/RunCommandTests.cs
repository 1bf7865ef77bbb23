using Conformance.Cli.Run;
using System.Net;
using System.Net.Sockets;

namespace Conformance.Cli.Tests.Commands;

[TestFixture]
public sealed class RunCommandTests
{
    private string reportDir = string.Empty;

    [SetUp]
    public void CreateReportDirectory() => reportDir = CliHarness.TempDirectory();

    [TearDown]
    public void DeleteReportDirectory() => Directory.Delete(reportDir, recursive: true);

    private static IEnumerable<string> EveryApi() => ApiCoverage.Discover(Path.Combine(CliHarness.RepoRoot(), "fixtures")).Contracts;

    [TestCaseSource(nameof(EveryApi))]
    public async Task Run_EmbeddedProvider_ConformantAndWritesThreeReports(string api)
    {
        var outcome = await CliHarness.RunAsync("run", "--api", api, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(Path.Combine(reportDir, "index.html"), Does.Exist);
            Assert.That(Path.Combine(reportDir, "junit.xml"), Does.Exist);
            Assert.That(Path.Combine(reportDir, "results.json"), Does.Exist);
            Assert.That(outcome.Output, Does.Contain($"{api}: CONFORMANT"));
        });
    }

    [Test]
    public async Task Run_ThinksuranceEmbedded_ConformantWithTheWebhookExchangeInTheReport()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "thinksurance", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Output, Does.Contain("PASS  inquiryWebhookRetried"));
            Assert.That(File.ReadAllText(Path.Combine(reportDir, "index.html")), Does.Contain("/webhooks/thinksurance"));
        });
    }

    [Test]
    public async Task Run_AllApisEmbedded_ReportsExactlyTheApisThatCannotRunAsNotYetCovered()
    {
        var coverage = ApiCoverage.Discover(Path.Combine(CliHarness.RepoRoot(), "fixtures"));

        var outcome = await CliHarness.RunAsync("run", "--workflow", "syncClients", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Output, Does.Contain("syncClients"));
            foreach (var api in coverage.Contracts)
            {
                var expected = coverage.NotYetCovered(embedded: true).Contains(api);
                Assert.That(outcome.Output.Contains($"{api}: not yet covered", StringComparison.Ordinal), Is.EqualTo(expected), api);
            }
        });
    }

    [Test]
    public async Task Run_ProviderNobodyListensOn_ExitsThreeWithReports()
    {
        var url = $"http://127.0.0.1:{FreePort()}/finum/v1";

        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--provider", url, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Unreachable), outcome.ToString);
            Assert.That(outcome.Output, Does.Contain("provider_reachable"));
            Assert.That(Path.Combine(reportDir, "results.json"), Does.Exist);
        });
    }

    [Test]
    public async Task Run_ProfileWithError_ExitsTwoWithLocatedDiagnostic()
    {
        var profile = Path.Combine(reportDir, "bad.yaml");
        await File.WriteAllTextAsync(profile, "apis:\n  finum:\n    baseUrl: http://127.0.0.1:1/finum/v1\n    severityOverrides:\n      no_such_check: info\n");

        var outcome = await CliHarness.RunAsync("run", "--profile", profile, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
            Assert.That(outcome.Error, Does.Contain($"{profile}:5:"));
            Assert.That(outcome.Error, Does.Contain("no_such_check"));
        });
    }

    [Test]
    public async Task Run_ProfileNamingAnUnsetVariable_ExitsTwoBeforeAnyRequest()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        const string Variable = "CONFORMANCE_TEST_UNSET_PRIVATE_KEY_7F3A";
        var profile = Path.Combine(reportDir, "unset.yaml");
        await File.WriteAllTextAsync(profile, $"apis:\n  finum:\n    baseUrl: http://127.0.0.1:{port}/finum/v1\n    credentials:\n      privateKey:\n        env: {Variable}\n      payload:\n        env: {Variable}\n");

        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--profile", profile, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
            Assert.That(outcome.Error, Does.Contain(Variable).And.Contain("privateKey"));
            Assert.That(listener.Pending(), Is.False, "a connection reached the provider before the credentials were resolved");
        });
    }

    [Test]
    public async Task Run_ProfileRequestHeader_ReplacesTheContractsDefaultOnTheWire()
    {
        // The contract's request default is the reference provider's tenant; a profile naming another
        // tenant must be what the provider sees, so its valid generated cases find no such account.
        var profile = Path.Combine(reportDir, "tenant.yaml");
        await File.WriteAllTextAsync(profile, "apis:\n  thinksurance:\n    requestHeaders:\n      X-Account-Token: no-such-tenant\n");

        var outcome = await CliHarness.RunAsync("run", "--api", "thinksurance", "--profile", profile, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
            Assert.That(File.ReadAllText(Path.Combine(reportDir, "results.json")), Does.Contain("Account not found."));
        });
    }

    [Test]
    public async Task Run_UnknownWorkflow_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--workflow", "noSuchWorkflow", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
            Assert.That(outcome.Error, Does.Contain("noSuchWorkflow"));
        });
    }

    [Test]
    public async Task Run_UnknownOption_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("run", "--no-such-option");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    [Test]
    public async Task Run_UnknownApi_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "nope", "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
            Assert.That(outcome.Error, Does.Contain("unknown API"));
        });
    }

    [Test]
    public async Task Run_ApiWithoutFlows_ExitsTwoSayingSo()
    {
        var coverage = ApiCoverage.Discover(Path.Combine(CliHarness.RepoRoot(), "fixtures"));
        var withoutFlows = coverage.Contracts.FirstOrDefault(a => !coverage.HasFlows(a));
        Assume.That(withoutFlows, Is.Not.Null, "every API has flows; RunPlannerTests cover the rule");

        var outcome = await CliHarness.RunAsync("run", "--api", withoutFlows!, "--report-dir", reportDir);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
            Assert.That(outcome.Error, Does.Contain("no flows"));
        });
    }

    [Test]
    public async Task Run_ProviderWithApiAll_ExitsTwo()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "all", "--provider", "http://127.0.0.1:1/finum/v1", "--report-dir", reportDir);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    [Test]
    public async Task Run_ProviderAnsweringHtml_ExitsOneWithCompleteReports()
    {
        await using var garbage = new GarbageProvider();

        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--provider", garbage.BaseUrl, "--report-dir", reportDir, "--workflow", "syncClients", "--request-timeout", "5");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
            Assert.That(outcome.Output, Does.Contain("NOT CONFORMANT"));
            Assert.That(Path.Combine(reportDir, "index.html"), Does.Exist);
            Assert.That(Path.Combine(reportDir, "results.json"), Does.Exist);
        });
    }

    [Test]
    [NonParallelizable]
    public async Task Run_BrokenFlowFile_ExitsTwoWithLocatedDiagnostic()
    {
        var fixtures = Path.Combine(reportDir, "fixtures");
        CopyDirectory(Path.Combine(CliHarness.RepoRoot(), "fixtures"), fixtures);
        var broken = Path.Combine(fixtures, "apis", "finum", "flows", "broken.arazzo.yaml");
        await File.WriteAllTextAsync(broken, "arazzo: 1.0.1\ninfo: { title: broken, version: '1' }\nsourceDescriptions: []\nworkflows:\n  - workflowId: broken\n    steps:\n      - stepId: s\n        operationId: noSuchOperation\n");
        Environment.SetEnvironmentVariable(Specs.FixturePaths.EnvironmentVariable, fixtures);
        try
        {
            var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--report-dir", reportDir);

            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
                Assert.That(outcome.Error, Does.Contain("broken.arazzo.yaml:"));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(Specs.FixturePaths.EnvironmentVariable, null);
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
