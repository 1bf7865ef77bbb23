using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.Cli.Run;

namespace Conformance.Cli.Tests.Commands;

/// <summary>
/// <c>conformance run</c> against providers that hang or runs that run out of time, and the
/// promise that <c>--parallel</c> changes nothing but timings.
/// </summary>
[TestFixture]
public sealed class RunResilienceTests
{
    /// <summary>
    /// What legitimately differs between two runs against the same provider: timings, and what
    /// carries the run's own unique ids, the provider's clock or ids the provider assigns in the
    /// order it sees requests (URLs, bodies, headers, curl lines, step outputs).
    /// </summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal)
    {
        "durationMs", "elapsedMs", "startedAt", "providerBaseUrl", "url", "curl", "body", "bodyLength", "headers", "outputs",
    };

    private string reportDir = string.Empty;

    [SetUp]
    public void CreateReportDirectory() => reportDir = CliHarness.TempDirectory();

    [TearDown]
    public void DeleteReportDirectory() => Directory.Delete(reportDir, recursive: true);

    [Test]
    public async Task Run_ParallelOneAndDefault_SameResultsApartFromTimings()
    {
        var sequential = Path.Combine(reportDir, "sequential");
        var parallel = Path.Combine(reportDir, "parallel");

        var one = await CliHarness.RunAsync("run", "--api", "finum", "--parallel", "1", "--report-dir", sequential);
        var many = await CliHarness.RunAsync("run", "--api", "finum", "--report-dir", parallel);

        var expected = Scrubbed(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(sequential, "results.json"))));
        var actual = Scrubbed(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(parallel, "results.json"))));
        Assert.Multiple(() =>
        {
            Assert.That(one.ExitCode, Is.EqualTo(ExitCodes.Success), one.ToString);
            Assert.That(many.ExitCode, Is.EqualTo(one.ExitCode), many.ToString);
            Assert.That(actual!.ToJsonString(), Is.EqualTo(expected!.ToJsonString()));
            Assert.That(expected!.ToJsonString(), Does.Contain("\"workflowId\":\"syncClients\""));
        });
    }

    [Test]
    public async Task Run_HangingProvider_EndsEarlyWithExitThreeAndReportsNamingTheCause()
    {
        await using var hanging = new HangingProvider();
        var clock = Stopwatch.StartNew();

        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--provider", hanging.BaseUrl, "--report-dir", reportDir, "--request-timeout", "1");

        clock.Stop();
        var results = await File.ReadAllTextAsync(Path.Combine(reportDir, "results.json"));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Unreachable), outcome.ToString);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
            Assert.That(results, Does.Contain("provider stopped answering"));
            Assert.That(results, Does.Contain("not run: provider stopped answering"));
            Assert.That(File.ReadAllText(Path.Combine(reportDir, "index.html")), Does.Contain("provider stopped answering"));
            Assert.That(File.ReadAllText(Path.Combine(reportDir, "junit.xml")), Does.Contain("provider stopped answering"));
        });
    }

    [Test]
    public async Task Run_BudgetRunsOut_ExitsOneWithTheRestReportedAsNotRun()
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--report-dir", reportDir, "--max-duration", "0.02");

        var results = await File.ReadAllTextAsync(Path.Combine(reportDir, "results.json"));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.NotConformant), outcome.ToString);
            Assert.That(results, Does.Contain("not run: the run's time budget of 1.2 s ran out (--max-duration)"));
            Assert.That(results, Does.Contain("the run stopped early"));
            Assert.That(File.ReadAllText(Path.Combine(reportDir, "index.html")), Does.Contain("ran out (--max-duration)"));
        });
    }

    [TestCase("--parallel", "0")]
    [TestCase("--max-timeouts", "0")]
    [TestCase("--max-duration", "0")]
    public async Task Run_LimitNotPositive_ExitsTwo(string option, string value)
    {
        var outcome = await CliHarness.RunAsync("run", "--api", "finum", "--report-dir", reportDir, option, value);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.UsageError), outcome.ToString);
    }

    private static JsonNode? Scrubbed(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (Volatile.Contains(key))
                    {
                        obj.Remove(key);
                    }
                    else
                    {
                        Scrubbed(obj[key]);
                    }
                }

                if (obj["exchanges"] is JsonArray exchanges)
                {
                    RepeatsCollapsed(exchanges);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Scrubbed(item);
                }

                break;
        }

        return node;
    }

    /// <summary>
    /// How many times a polling step asked before the provider's lifecycle moved on depends on timing
    /// (side by side, a poll may need one more attempt): consecutive attempts that are the same once
    /// timings are scrubbed count as one.
    /// </summary>
    private static void RepeatsCollapsed(JsonArray exchanges)
    {
        for (var i = exchanges.Count - 1; i > 0; i--)
        {
            if (exchanges[i]!.ToJsonString() == exchanges[i - 1]!.ToJsonString())
            {
                exchanges.RemoveAt(i);
            }
        }
    }
}
