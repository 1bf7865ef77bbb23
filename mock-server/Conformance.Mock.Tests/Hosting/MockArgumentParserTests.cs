using Conformance.Mock.Apis;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Tests.Hosting;

public sealed class MockArgumentParserTests
{
    [Test]
    public void Parse_AllOptions_FillsOptions()
    {
        var parsed = MockArgumentParser.Parse([
            "--urls", "http://127.0.0.1:0", "--seed=9", "--seed-count", "finum.contract=1000", "--seed-count", "finum.client=10",
            "--defect", "finum.auth-ignored", "--proposal-delay", "0.5", "--activation-delay", "3", "--callback-allow", "10.0.0.0/8",
            "--admin-open", "--admin-token", "t",
        ]);
        var options = parsed.Options!;

        Assert.That(parsed.Error, Is.Null);
        Assert.That(options.Urls, Is.EqualTo(new[] { "http://127.0.0.1:0" }));
        Assert.That(options.Seed, Is.EqualTo(9));
        Assert.That(options.SeedCounts["finum.contract"], Is.EqualTo(1000));
        Assert.That(options.SeedCounts["finum.client"], Is.EqualTo(10));
        Assert.That(options.Defects, Is.EquivalentTo(new[] { "finum.auth-ignored" }));
        Assert.That(options.ModuleSettings, Is.EqualTo(new[] { new ModuleSetting("finum", "proposalDelay", "0.5"), new ModuleSetting("finum", "activationDelay", "3") }));
        Assert.That(options.CallbackAllowList, Is.EqualTo(new[] { "10.0.0.0/8" }));
        Assert.That(options.AdminOpenToNetwork, Is.True);
        Assert.That(options.AdminToken, Is.EqualTo("t"));
    }

    [TestCase("--seed", "x")]
    [TestCase("--seed-count", "contract=5")]
    [TestCase("--seed-count", "finum.contract=-1")]
    [TestCase("--proposal-delay", "soon")]
    [TestCase("--set", "finum.proposalDelay=soon")]
    [TestCase("--set", "finum.nope=1")]
    [TestCase("--set", "nope.proposalDelay=1")]
    [TestCase("--set", "proposalDelay=1")]
    [TestCase("--trust-key", "no-equals-sign")]
    [TestCase("--bogus")]
    [TestCase("--seed")]
    public void Parse_BadUsage_ReportsError(params string[] args)
    {
        var parsed = MockArgumentParser.Parse(args);

        Assert.That(parsed.Error, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void Parse_SetAndAliases_KeepCommandLineOrder()
    {
        var parsed = MockArgumentParser.Parse(["--set", "finum.proposalDelay=5s", "--finum-activation-delay", "300ms", "--trust-key", "a=x.pem", "--set=finum.trustKey=b=y.pem"]);

        Assert.That(parsed.Error, Is.Null);
        Assert.That(parsed.Options!.ModuleSettings, Is.EqualTo(new[]
        {
            new ModuleSetting("finum", "proposalDelay", "5s"),
            new ModuleSetting("finum", "activationDelay", "300ms"),
            new ModuleSetting("finum", "trustKey", "a=x.pem"),
            new ModuleSetting("finum", "trustKey", "b=y.pem"),
        }));
    }

    [Test]
    public void Parse_EngineMappingsAndJournalSize_FillOptions()
    {
        var parsed = MockArgumentParser.Parse(["--engine", "kestrel", "--mappings", "fixtures/mappings", "--journal-size=50"]);

        Assert.That(parsed.Error, Is.Null);
        Assert.That(parsed.Options!.Engine, Is.EqualTo(ProviderEngine.Kestrel));
        Assert.That(parsed.Options.MappingsDirectory, Is.EqualTo(Path.GetFullPath("fixtures/mappings")));
        Assert.That(parsed.Options.JournalCapacity, Is.EqualTo(50));
    }

    [Test]
    public void Parse_NoEngine_DefaultsToWireMock() =>
        Assert.That(MockArgumentParser.Parse([]).Options!.Engine, Is.EqualTo(ProviderEngine.WireMock));

    [TestCase("--engine", "jetty")]
    [TestCase("--journal-size", "0")]
    public void Parse_BadEngineOrJournalSize_IsAUsageError(string name, string value) =>
        Assert.That(MockArgumentParser.Parse([name, value]).Error, Does.StartWith(name));

    [Test]
    public void Usage_ListsEachModulesOptionsAndAliases()
    {
        var usage = MockArgumentParser.Usage;

        Assert.That(usage, Does.Contain("finum options").And.Contain("finum.proposalDelay=<duration>").And.Contain("--proposal-delay <duration>").And.Contain("finum.trustKey=<issuer>=<pem file>"));
    }

    [Test]
    public async Task RunAsync_BadModuleOptionValue_Returns2()
    {
        var code = await MockCommandLine.RunAsync(["--set", "finum.activationDelay=-1s", "--urls", "http://127.0.0.1:0"]);

        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_BrokenSeedFile_Returns2()
    {
        var fixtures = Directory.CreateTempSubdirectory("mock-fixtures-");
        try
        {
            Directory.CreateDirectory(Path.Combine(fixtures.FullName, "apis", "finum"));
            await File.WriteAllTextAsync(Path.Combine(fixtures.FullName, "apis", "finum", "seed.yaml"), "counts:\n  contract: lots\n");

            var code = await MockCommandLine.RunAsync(["--fixtures", fixtures.FullName, "--urls", "http://127.0.0.1:0"]);

            Assert.That(code, Is.EqualTo(2));
        }
        finally
        {
            fixtures.Delete(recursive: true);
        }
    }

    [Test]
    public async Task RunAsync_BadUsage_Returns2()
    {
        var code = await MockCommandLine.RunAsync(["--nope"]);

        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_UnknownDefect_Returns2()
    {
        var code = await MockCommandLine.RunAsync(["--defect", "finum.nope", "--urls", "http://127.0.0.1:0"]);

        Assert.That(code, Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_ListDefects_Returns0()
    {
        var code = await MockCommandLine.RunAsync(["--list-defects"]);

        Assert.That(code, Is.EqualTo(0));
    }
}
