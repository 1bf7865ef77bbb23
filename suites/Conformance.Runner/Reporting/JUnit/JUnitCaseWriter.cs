using System.Text;
using System.Xml;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.JUnit;

/// <summary>Writes one <c>&lt;testcase&gt;</c> (see <see cref="JUnitReportWriter"/> for the mapping).</summary>
internal static class JUnitCaseWriter
{
    public static void Write(XmlWriter xml, JUnitCase testCase)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", SafeText.Clean(testCase.ClassName));
        xml.WriteAttributeString("name", SafeText.Clean(testCase.Name));
        xml.WriteAttributeString("time", DurationText.Seconds(testCase.Time));

        if (testCase.Outcome == Outcome.ExpectedFailure)
        {
            var reason = ResultQueries.ExpectedFailureReason(testCase.Findings) ?? "declared in the provider profile";
            JUnitReportWriter.WriteProperties(xml, [new("expectedFailure", reason)]);
        }

        switch (testCase.Outcome)
        {
            case Outcome.Failed:
                WriteFailure(xml, testCase.Findings);
                break;
            case Outcome.Omitted:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", SafeText.Clean("omitted: " + ResultQueries.OmissionReason(testCase.Findings)));
                xml.WriteEndElement();
                break;
        }

        var output = SystemOut(testCase);
        if (output.Length > 0)
        {
            xml.WriteElementString("system-out", SafeText.Clean(output));
        }

        xml.WriteEndElement();
    }

    private static void WriteFailure(XmlWriter xml, IReadOnlyList<Finding> findings)
    {
        var first = findings.FirstOrDefault(f => f.IsBlocking()) ?? (findings.Count > 0 ? findings[0] : null);
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", SafeText.Clean(first is null ? "failed" : $"{first.CheckId}: {first.Message}"));
        xml.WriteAttributeString("type", SafeText.Clean(first?.CheckId ?? "failed"));
        xml.WriteString(SafeText.Clean(FindingsText(findings)));
        xml.WriteEndElement();
    }

    /// <summary>Findings not already in a failure element, then the exchanges of anything that did not pass.</summary>
    private static string SystemOut(JUnitCase testCase)
    {
        var text = new StringBuilder();
        if (testCase.Outcome != Outcome.Failed && testCase.Findings.Count > 0)
        {
            text.Append(FindingsText(testCase.Findings));
        }

        if (testCase.Outcome is Outcome.Failed or Outcome.ExpectedFailure)
        {
            foreach (var exchange in testCase.Exchanges)
            {
                text.Append(text.Length > 0 ? "\n" : string.Empty).Append(ExchangeText.Format(exchange));
            }
        }

        return text.ToString();
    }

    internal static string FindingsText(IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            text.Append('[').Append(finding.Severity.ToString().ToLowerInvariant()).Append("] ")
                .Append(finding.CheckId).Append(" — ").Append(finding.Title).Append('\n')
                .Append("  ").Append(finding.Message).Append('\n');
            if (finding.SpecReference is { } reference)
            {
                text.Append("  spec: ").Append(reference).Append('\n');
            }

            if (finding.InstancePointer is { } pointer)
            {
                text.Append("  at: ").Append(pointer).Append('\n');
            }

            if (finding.ExpectedFailureReason is { } reason)
            {
                text.Append("  expected failure: ").Append(reason).Append('\n');
            }
        }

        return text.ToString();
    }
}
