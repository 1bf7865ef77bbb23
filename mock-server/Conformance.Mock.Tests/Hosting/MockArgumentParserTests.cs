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
        Assert.That(options.ProposalDelay, Is.EqualTo(TimeSpan.FromSeconds(0.5)));
        Assert.That(options.ActivationDelay, Is.EqualTo(TimeSpan.FromSeconds(3)));
        Assert.That(options.CallbackAllowList, Is.EqualTo(new[] { "10.0.0.0/8" }));
        Assert.That(options.AdminOpenToNetwork, Is.True);
        Assert.That(options.AdminToken, Is.EqualTo("t"));
    }

    [TestCase("--seed", "x")]
    [TestCase("--seed-count", "contract=5")]
    [TestCase("--seed-count", "finum.contract=-1")]
    [TestCase("--proposal-delay", "soon")]
    [TestCase("--bogus")]
    [TestCase("--seed")]
    public void Parse_BadUsage_ReportsError(params string[] args)
    {
        var parsed = MockArgumentParser.Parse(args);

        Assert.That(parsed.Error, Is.Not.Null.And.Not.Empty);
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
