using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class MarkdownReportWriterTests
{
    [Test]
    public void Render_NotConformantRun_StartsWithTheVerdict()
    {
        var markdown = MarkdownReportWriter.Render(SampleRuns.NotConformant());

        Assert.That(markdown, Does.StartWith("## ❌ Not conformant\n"));
    }

    [Test]
    public void Render_ConformantRun_HasNoFixListOrFailures()
    {
        var markdown = MarkdownReportWriter.Render(SampleRuns.Conformant());

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("## ✅ Conformant\n"));
            Assert.That(markdown, Does.Not.Contain("What to fix").And.Not.Contain("<details>"));
        });
    }

    [Test]
    public void Render_NotConformantRun_ListsEachFailingCheckWithSpecClauseAndTheFailureWithItsCurlLine()
    {
        var run = SampleRuns.NotConformant();
        var failing = run.Apis.SelectMany(a => a.Flows.SelectMany(f => f.Steps).SelectMany(s => s.Findings).Concat(a.GeneratedCases.SelectMany(c => c.Findings)).Concat(a.Findings))
            .Where(f => f.Severity == Severity.Error && f.ExpectedFailureReason is null).ToList();

        var markdown = MarkdownReportWriter.Render(run);

        var fixList = markdown[markdown.IndexOf("### What to fix", StringComparison.Ordinal)..markdown.IndexOf("### Failures", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            foreach (var finding in failing)
            {
                Assert.That(fixList, Does.Contain($"| `{finding.CheckId}` |"));
            }

            Assert.That(markdown, Does.Contain("```sh\ncurl "));
            Assert.That(markdown, Does.Contain("| `finum` | Not conformant |").And.Contain("| 3 / 4 | 4 / 8 |"));
        });
    }

    [Test]
    public void Render_HostileBody_StaysInsideACodeFenceLongerThanItsBackticks()
    {
        var run = SampleRuns.NotConformant();
        var api = run.Apis[0];
        var failed = api.GeneratedCases.Single(c => c.Outcome == Outcome.Failed);
        var exchange = failed.Exchanges[^1];
        var hostile = failed with { Exchanges = [exchange with { Response = exchange.Response! with { Body = "```\n</details><script>alert(1)</script>" } }] };

        var markdown = MarkdownReportWriter.Render(run with { Apis = [api with { Flows = [], GeneratedCases = [hostile] }] });

        var start = markdown.IndexOf("````http\n", StringComparison.Ordinal);
        var end = markdown.IndexOf("\n````\n", start + 1, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0));
        Assert.That(markdown[start..end], Does.Contain("</details><script>alert(1)</script>"));
    }

    [Test]
    public void Render_ManyFailures_SpellsOutOnlyTheFirstAndCountsTheRest()
    {
        var run = SampleRuns.NotConformant();
        var api = run.Apis[0];
        var failed = api.GeneratedCases.Single(c => c.Outcome == Outcome.Failed);
        var many = Enumerable.Range(0, MarkdownReportWriter.MaxFailures + 5).Select(i => failed with { CaseId = $"case{i}" }).ToList();
        var large = run with { Apis = [api with { Flows = [], GeneratedCases = many }] };

        var markdown = MarkdownReportWriter.Render(large);

        Assert.Multiple(() =>
        {
            Assert.That(markdown.Split("<details>").Length - 1, Is.EqualTo(MarkdownReportWriter.MaxFailures));
            Assert.That(markdown, Does.Contain("…and 5 more failures"));
        });
    }
}
