using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting.Html;

public sealed class NotRunSectionTests
{
    [Test]
    public void Write_WorkflowsAndCasesNotRun_CountsThemPerReason()
    {
        const string Reason = "provider stopped answering: 3 requests in a row timed out";
        var flow = new FlowResult
        {
            WorkflowId = "syncClients",
            SourceFile = "sync.arazzo.yaml",
            Outcome = Outcome.Omitted,
            Duration = TimeSpan.Zero,
            Steps = [],
            Findings = [new Finding { CheckId = "flow_completed", Title = "Flow omitted", Severity = Severity.Info, Message = $"not run: {Reason}" }],
        };
        var notRun = LatencySectionTests.Case("listContracts", 0) with { Outcome = Outcome.Omitted, Exchanges = [], Description = $"a case (omitted: not run: {Reason})" };
        var optional = LatencySectionTests.Case("listFiles", 0) with { Outcome = Outcome.Omitted, Exchanges = [], Description = "a case (omitted: optional operation)" };
        var text = LatencySectionTests.Render(LatencySectionTests.Api([notRun, notRun, optional], [flow]));

        Assert.That(text, Does.Contain($"<li>1 workflow(s) and 2 generated case(s): {Reason}</li>"));
    }

    [Test]
    public void Write_EverythingRan_WritesNothing()
    {
        var text = LatencySectionTests.Render(LatencySectionTests.Api([LatencySectionTests.Case("listContracts", 10)]));

        Assert.That(text, Does.Not.Contain("<b>Not run</b>"));
    }
}
