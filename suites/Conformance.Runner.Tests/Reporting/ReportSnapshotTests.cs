using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>The reports of a fixed run, against checked-in files (see <see cref="Snapshot"/> to update them).</summary>
internal sealed class ReportSnapshotTests
{
    [Test]
    public void JsonReportWriter_SampleRun_MatchesSnapshot() =>
        Snapshot.Match(JsonReportWriter.Render(SampleRuns.NotConformant()), "results.json");

    [Test]
    public void JUnitReportWriter_SampleRun_MatchesSnapshot() =>
        Snapshot.Match(JUnitReportWriter.Render(SampleRuns.NotConformant()), "junit.xml");

    [Test]
    public void HtmlReportWriter_SampleRun_MatchesSnapshot() =>
        Snapshot.Match(HtmlReportWriter.Render(SampleRuns.NotConformant()), "index.html");

    [Test]
    public void MarkdownReportWriter_SampleRun_MatchesSnapshot() =>
        Snapshot.Match(MarkdownReportWriter.Render(SampleRuns.NotConformant()), "summary.md");

    [Test]
    public void HtmlReportWriter_ConformantRun_MatchesSnapshot() =>
        Snapshot.Match(HtmlReportWriter.Render(SampleRuns.Conformant()), "index.conformant.html");
}
