using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Engine;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Microsoft.AspNetCore.Http;

namespace Conformance.Runner.Tests.Engine;

/// <summary>
/// A loopback provider that answers some requests slowly but correctly: each slow answer is an
/// informational finding on the step or case that got it, in every report, and the verdict stays.
/// </summary>
public sealed class SlowAnswerTests
{
    private static readonly TimeSpan Threshold = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);

    private const string TwoReads = """
          - workflowId: reads
            steps:
              - stepId: fast
                operationId: getItem
                parameters: [{name: itemId, in: path, value: C1}]
                successCriteria: [{condition: $statusCode == 200}]
              - stepId: slow
                operationId: getItem
                parameters: [{name: itemId, in: path, value: C2}]
                successCriteria: [{condition: $statusCode == 200}]
        """;

    [Test]
    public async Task RunPreparedAsync_OneSlowAnswer_FindingOnThatStepOnlyAndStillConformant()
    {
        await using var provider = await SlowProviderAsync(path => path.EndsWith("/item/C2", StringComparison.Ordinal));

        var result = await RunAsync(provider.Url, TwoReads, generatedCases: false);

        var steps = result.Flows.Single().Steps;
        var slow = steps.Single(s => s.StepId == "slow").Findings.Where(f => f.CheckId == "response_time").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Conformant), string.Join("\n", RunResults.AllFindings(result).Select(f => f.Message)));
            Assert.That(steps.Select(s => s.Outcome), Is.All.EqualTo(Outcome.Passed));
            Assert.That(steps.Single(s => s.StepId == "fast").Findings.Select(f => f.CheckId), Does.Not.Contain("response_time"));
            Assert.That(slow, Has.Count.EqualTo(1));
            Assert.That(slow[0].Severity, Is.EqualTo(Severity.Info));
            Assert.That(slow[0].Message, Does.Match(@"^getItem answered in \d+\.\d+ s, at or above the slow-answer threshold of 0\.2 s$"));
        });
    }

    [Test]
    public async Task Reports_OneSlowAnswer_NameTheStepInEveryReport()
    {
        await using var provider = await SlowProviderAsync(path => path.EndsWith("/item/C2", StringComparison.Ordinal));
        var api = await RunAsync(provider.Url, TwoReads, generatedCases: false);
        var run = RunResults.Combine([api], "test", DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1));

        var json = JsonNode.Parse(JsonReportWriter.Render(run))!;
        var jsonSteps = json["run"]!["apis"]![0]!["flows"]![0]!["steps"]!.AsArray();
        var slowStep = jsonSteps.Single(s => (string?)s!["stepId"] == "slow")!;
        var junit = JUnitReportWriter.Render(run);
        var html = HtmlReportWriter.Render(run);
        var summary = MarkdownReportWriter.Render(run);

        Assert.Multiple(() =>
        {
            Assert.That(slowStep["findings"]!.AsArray().Select(f => (string?)f!["checkId"]), Does.Contain("response_time"));
            Assert.That(junit, Does.Match(@"\[info\] response_time — Answers arrive in good time\n  getItem answered in \d"));
            Assert.That(html, Does.Contain("getItem answered in"));
            Assert.That(summary, Does.Contain("### Slow answers"));
            Assert.That(summary, Does.Match(@"\| test › reads › slow \| getItem answered in \d"));
            Assert.That(summary, Does.Not.Contain("› fast |"));
        });
    }

    [Test]
    public async Task RunPreparedAsync_SlowGeneratedCases_FindingOnEachCaseOfThatOperation()
    {
        await using var provider = await SlowProviderAsync(path => path.EndsWith("/status", StringComparison.Ordinal));

        var result = await RunAsync(provider.Url, TwoReads, generatedCases: true);

        var byOperation = result.GeneratedCases.ToLookup(c => c.OperationId, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(byOperation["getStatus"], Is.Not.Empty);
            Assert.That(byOperation["getStatus"].Where(c => c.Exchanges.Count > 0), Has.All.Matches<GeneratedCaseResult>(c => c.Findings.Any(f => f.CheckId == "response_time" && (f.Message.StartsWith("getStatus answered in", StringComparison.Ordinal) || f.Message.Contains("/test/v1/status answered in", StringComparison.Ordinal)))));
            Assert.That(result.GeneratedCases.Where(c => c.OperationId != "getStatus").SelectMany(c => c.Findings).Select(f => f.CheckId), Does.Not.Contain("response_time"));
        });
    }

    /// <summary>Answers every request correctly for the test API; those whose path matches after <see cref="Delay"/>.</summary>
    private static Task<TestProvider> SlowProviderAsync(Func<string, bool> slow) => TestProvider.StartAsync(async context =>
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (slow(path))
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        if (path.EndsWith("/status", StringComparison.Ordinal))
        {
            await context.Response.WriteAsJsonAsync(new { up = true });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = path[(path.LastIndexOf('/') + 1)..], status = 120 });
    });

    private static async Task<ApiRunResult> RunAsync(string baseUrl, string workflows, bool generatedCases)
    {
        var spec = TestSpec.Create();
        var document = ArazzoLoader.LoadText(EngineHarness.Flow(workflows), "slow.arazzo.yaml", spec);
        Assert.That(document.Diagnostics, Is.Empty, string.Join("\n", document.Diagnostics));
        var request = new ApiRunRequest
        {
            ApiId = "test",
            ProviderBaseUrl = baseUrl + "/test/v1",
            SpecPath = "in-memory",
            IncludeGeneratedCases = generatedCases,
            RequestTimeout = TimeSpan.FromSeconds(5),
            ReachabilityAttempts = 1,
            Politeness = new PolitenessOptions { SlowAnswer = Threshold },
        };
        return await new ConformanceRunner().RunPreparedAsync(request, new RunPreparation(spec, [document.Document!], [], []), new RecordingListener(), CancellationToken.None);
    }
}
