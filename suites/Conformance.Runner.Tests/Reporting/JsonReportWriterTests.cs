using System.Text.Json;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class JsonReportWriterTests
{
    [Test]
    public void Render_ReadBack_RoundTripsTheWholeModel()
    {
        var json = JsonReportWriter.Render(SampleRuns.NotConformant());

        var document = JsonReportReader.Read(json);

        Assert.That(document, Is.Not.Null);
        Assert.That(JsonReportWriter.Render(document!.Run), Is.EqualTo(json));
    }

    [Test]
    public void Render_ReadBack_KeepsDurationsHeadersAndOptionalFields()
    {
        var document = JsonReportReader.Read(JsonReportWriter.Render(SampleRuns.NotConformant()))!;

        var step = document.Run.Apis[0].Flows[1].Steps[2];
        Assert.That(step.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(210)));
        Assert.That(step.Exchanges[1].Response!.BodyTruncated, Is.True);
        Assert.That(step.Exchanges[1].Response!.BodyLength, Is.EqualTo(5_242_880));
        Assert.That(step.Exchanges[0].Request.Headers[1], Is.EqualTo(new KeyValuePair<string, string>("Accept", "application/json")));
        Assert.That(document.Run.Apis[1].Verdict, Is.EqualTo(Verdict.Unreachable));
    }

    [Test]
    public void Render_Always_UsesCamelCaseStringEnumsMillisecondsAndSchemaVersion()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Render(SampleRuns.NotConformant()));
        var root = json.RootElement;

        Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(JsonReportDocument.CurrentSchemaVersion));
        Assert.That(root.GetProperty("summary").GetProperty("verdict").GetString(), Is.EqualTo("notConformant"));
        Assert.That(root.GetProperty("run").GetProperty("durationMs").GetDouble(), Is.EqualTo(8421.5));
        var outcome = root.GetProperty("run").GetProperty("apis")[0].GetProperty("flows")[3].GetProperty("outcome").GetString();
        Assert.That(outcome, Is.EqualTo("expectedFailure"));
    }

    [Test]
    public void Render_Always_PutsSchemaVersionFirstAndSummaryBeforeRun()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Render(SampleRuns.NotConformant()));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(names, Is.EqualTo(new[] { "schemaVersion", "summary", "run" }));
    }

    [Test]
    public void Render_SampleRun_SummarisesBlockingFindingsAndFailingChecks()
    {
        var document = JsonReportReader.Read(JsonReportWriter.Render(SampleRuns.NotConformant()))!;

        Assert.That(document.Summary.BlockingFindings, Is.EqualTo(5));
        Assert.That(document.Summary.FailingChecks, Does.Contain("negative_data_rejection").And.Contain("provider_reachable"));
        Assert.That(document.Summary.FailingChecks, Has.Count.EqualTo(5));
        Assert.That(document.Summary.Flows.Failed, Is.EqualTo(1));
    }

    [Test]
    public void Read_NotAResultsDocument_ReturnsNull()
    {
        Assert.That(JsonReportReader.Read("{\"schemaVersion\": 99}"), Is.Null);
        Assert.That(JsonReportReader.Read("not json"), Is.Null);
    }
}
