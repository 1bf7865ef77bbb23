using System.Xml.Linq;
using Conformance.Runner.Reporting;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class JUnitReportWriterTests
{
    private static XDocument Render() => XDocument.Parse(JUnitReportWriter.Render(SampleRuns.NotConformant()));

    [Test]
    public void Render_SampleRun_CountsMatchTheTestCases()
    {
        var xml = Render();
        var root = xml.Root!;
        var cases = root.Descendants("testcase").ToList();

        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That((int)root.Attribute("tests")!, Is.EqualTo(cases.Count));
        Assert.That((int)root.Attribute("failures")!, Is.EqualTo(cases.Count(c => c.Element("failure") is not null)));
        Assert.That((int)root.Attribute("skipped")!, Is.EqualTo(cases.Count(c => c.Element("skipped") is not null)));
        foreach (var suite in root.Elements("testsuite"))
        {
            Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(suite.Elements("testcase").Count()), (string?)suite.Attribute("name"));
        }
    }

    [Test]
    public void Render_SampleRun_UsesOnlyTheCommonJUnitElementsAndAttributes()
    {
        var root = Render().Root!;
        string[] suiteAttributes = ["name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname", "id", "package"];
        string[] caseChildren = ["properties", "failure", "skipped", "system-out"];

        Assert.That(root.Elements().Select(e => e.Name.LocalName).Distinct(), Is.EqualTo(new[] { "testsuite" }));
        foreach (var suite in root.Elements("testsuite"))
        {
            Assert.That(suite.Attributes().Select(a => a.Name.LocalName), Is.EqualTo(suiteAttributes));
            Assert.That(suite.Elements().First().Name.LocalName, Is.EqualTo("properties"));
            Assert.That(suite.Elements().Skip(1).Select(e => e.Name.LocalName), Is.All.EqualTo("testcase"));
        }

        foreach (var testCase in root.Descendants("testcase"))
        {
            Assert.That(testCase.Attributes().Select(a => a.Name.LocalName), Is.EqualTo(new[] { "classname", "name", "time" }));
            Assert.That(decimal.TryParse((string)testCase.Attribute("time")!, System.Globalization.CultureInfo.InvariantCulture, out _), Is.True);
            Assert.That(testCase.Elements().Select(e => e.Name.LocalName), Is.SubsetOf(caseChildren));
        }
    }

    [Test]
    public void Render_SampleRun_HasOneSuitePerFlowAndOnePerApiForGeneratedCases()
    {
        var names = Render().Root!.Elements("testsuite").Select(s => (string)s.Attribute("name")!).ToList();

        Assert.That(names, Is.EqualTo(new[]
        {
            "finum.sync_contracts", "finum.proposal_callback", "finum.order_documents", "finum.unknown_ids",
            "finum.generated", "seyna",
        }));
    }

    [Test]
    public void Render_FailedStep_CarriesCheckIdMessageSpecAndExchange()
    {
        var step = Render().Descendants("testcase").Single(c => (string?)c.Attribute("name") == "createProposal");
        var failure = step.Element("failure")!;

        Assert.That((string?)step.Attribute("classname"), Is.EqualTo("finum.proposal_callback"));
        Assert.That((string?)failure.Attribute("type"), Is.EqualTo("response_schema_conformance"));
        Assert.That((string?)failure.Attribute("message"), Does.StartWith("response_schema_conformance: /status"));
        Assert.That(failure.Value, Does.Contain("spec: openapi.yaml#/components/schemas/Contract"));
        Assert.That(step.Element("system-out")!.Value, Does.Contain("> POST http://127.0.0.1:5080/finum/v1/contracts").And.Contain("< 201"));
    }

    [Test]
    public void Render_OmittedFlow_IsSkippedWithTheReason()
    {
        var skipped = Render().Descendants("testcase")
            .Single(c => (string?)c.Attribute("classname") == "finum.order_documents")
            .Element("skipped");

        Assert.That((string?)skipped?.Attribute("message"), Does.StartWith("omitted: downloadFile is optional"));
    }

    [Test]
    public void Render_ExpectedFailure_PassesWithAnExpectedFailureProperty()
    {
        var step = Render().Descendants("testcase").Single(c => (string?)c.Attribute("name") == "listUnknown");

        Assert.That(step.Element("failure"), Is.Null);
        Assert.That(step.Element("skipped"), Is.Null);
        var property = step.Element("properties")!.Element("property")!;
        Assert.That((string?)property.Attribute("name"), Is.EqualTo("expectedFailure"));
        Assert.That((string?)property.Attribute("value"), Is.EqualTo("Fixed in release 4.2 (ticket SYNC-118)."));
    }

    [Test]
    public void Render_FlowLevelError_GetsAWorkflowCaseThatFails()
    {
        var run = SampleRuns.Conformant();
        var flow = run.Apis[0].Flows[0] with
        {
            Outcome = Results.Outcome.Failed,
            Findings = [new Results.Finding { CheckId = "flow_time_limit", Title = "Time limit", Severity = Results.Severity.Error, Message = "Stopped after 30 s." }],
        };

        var xml = XDocument.Parse(JUnitReportWriter.Render(run with { Apis = [run.Apis[0] with { Flows = [flow] }] }));

        var workflowCase = xml.Descendants("testcase").Single(c => (string?)c.Attribute("name") == "(workflow)");
        Assert.That((string?)workflowCase.Attribute("classname"), Is.EqualTo("finum.sync_contracts"));
        Assert.That((string?)workflowCase.Element("failure")?.Attribute("message"), Is.EqualTo("flow_time_limit: Stopped after 30 s."));
    }

    [Test]
    public void Render_GeneratedCase_UsesApiGeneratedOperationAsClassName()
    {
        var generated = Render().Descendants("testcase").Single(c => (string?)c.Attribute("name") == "listContracts.negative_data.1");

        Assert.That((string?)generated.Attribute("classname"), Is.EqualTo("finum.generated.listContracts"));
        Assert.That(generated.Element("failure"), Is.Not.Null);
    }

    [Test]
    public void Render_ControlCharactersAndMarkupInBodies_StaysWellFormed()
    {
        var run = SampleRuns.WithResponseBody("bad\u0001\u0000\u001b[31m </testcase> <![CDATA[ ]]> & \ud800 end");
        var failing = SampleRuns.NotConformant().Apis[0].Flows[1].Steps[0];

        var text = JUnitReportWriter.Render(run with
        {
            Apis = [run.Apis[0] with { Flows = [run.Apis[0].Flows[0] with { Steps = [run.Apis[0].Flows[0].Steps[0] with { Outcome = failing.Outcome, Findings = failing.Findings }] }] }],
        });

        var output = XDocument.Parse(text).Descendants("system-out").First().Value;
        Assert.That(output, Does.Contain("bad[31m </testcase> <![CDATA[ ]]> &  end"));
    }
}
