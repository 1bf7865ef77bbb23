using System.Text;
using System.Xml;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Reporting.JUnit;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// <c>junit.xml</c> in the common JUnit format read by Jenkins, GitLab and GitHub test reporters.
/// Suites: one per (API, flow) named <c>api.workflowId</c>, one per API named <c>api.generated</c>, and
/// one named <c>api</c> when the API has findings outside any flow. Cases: one per step
/// (<c>classname</c> = <c>api.workflowId</c>, <c>name</c> = step id) and per generated case
/// (<c>classname</c> = <c>api.generated.operationId</c>, <c>name</c> = case id). Failed → <c>&lt;failure&gt;</c>
/// with the findings, request and response in <c>&lt;system-out&gt;</c>; omitted → <c>&lt;skipped&gt;</c>;
/// expected failure → passed, with an <c>expectedFailure</c> property giving the profile's reason.
/// Provider misbehaviour is a failure, never an <c>&lt;error&gt;</c> (which readers take as a broken test).
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public string FileName => "junit.xml";

    public Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);

    public static string Render(RunResult result)
    {
        var run = SecretRedactor.Redact(result);
        var suites = JUnitSuiteBuilder.Build(run).ToList();
        var cases = suites.SelectMany(s => s.Cases).ToList();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "conformance");
            WriteCounts(xml, cases);
            xml.WriteAttributeString("time", DurationText.Seconds(run.Duration));
            for (var i = 0; i < suites.Count; i++)
            {
                WriteSuite(xml, suites[i], i, run.StartedAt);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<JUnitCase> cases)
    {
        xml.WriteAttributeString("tests", Count(cases.Count));
        xml.WriteAttributeString("failures", Count(cases.Count(c => c.Outcome == Outcome.Failed)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Count(cases.Count(c => c.Outcome == Outcome.Omitted)));
    }

    private static void WriteSuite(XmlWriter xml, JUnitSuite suite, int index, DateTimeOffset startedAt)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", SafeText.Clean(suite.Name));
        WriteCounts(xml, suite.Cases);
        xml.WriteAttributeString("time", DurationText.Seconds(suite.Time));
        // The schema's timestamp is a local date-time without offset: UTC is written and implied.
        xml.WriteAttributeString("timestamp", startedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("hostname", SafeText.Clean(suite.HostName));
        xml.WriteAttributeString("id", Count(index));
        xml.WriteAttributeString("package", SafeText.Clean(suite.Package));
        WriteProperties(xml, suite.Properties);
        foreach (var testCase in suite.Cases)
        {
            JUnitCaseWriter.Write(xml, testCase);
        }

        xml.WriteEndElement();
    }

    internal static void WriteProperties(XmlWriter xml, IReadOnlyList<KeyValuePair<string, string>> properties)
    {
        xml.WriteStartElement("properties");
        foreach (var property in properties)
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", SafeText.Clean(property.Key));
            xml.WriteAttributeString("value", SafeText.Clean(property.Value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
