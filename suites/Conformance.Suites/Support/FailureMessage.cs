using System.Text;
using Conformance.Runner.Results;

namespace Conformance.Suites.Support;

/// <summary>
/// The message of a failing suite test: every blocking finding (check id, message, spec reference)
/// and the <c>curl</c> line reproducing the request it was found on (secrets already masked).
/// </summary>
public static class FailureMessage
{
    public static string For(string title, IEnumerable<(Finding Finding, ExchangeRecord? Exchange)> findings)
    {
        var text = new StringBuilder(title).Append('\n');
        foreach (var (finding, exchange) in findings)
        {
            text.Append("  [").Append(finding.CheckId).Append("] ").Append(finding.Message);
            if (finding.SpecReference is { } reference)
            {
                text.Append(" (").Append(reference).Append(')');
            }

            text.Append('\n');
            if (exchange?.Curl is { } curl)
            {
                text.Append("    ").Append(curl).Append('\n');
            }
        }

        return text.ToString();
    }

    public static bool IsBlocking(Finding finding) => finding.Severity == Severity.Error && finding.ExpectedFailureReason is null;

    private static ExchangeRecord? Last(IReadOnlyList<ExchangeRecord> exchanges) => exchanges.Count == 0 ? null : exchanges[^1];

    /// <summary>Blocking findings of a flow: flow-level ones, then per step with the step's last exchange.</summary>
    public static IReadOnlyList<(Finding, ExchangeRecord?)> Blocking(FlowResult flow) =>
    [
        .. flow.Findings.Where(IsBlocking).Select(f => (f, flow.Steps.Count == 0 ? null : Last(flow.Steps[^1].Exchanges))),
        .. flow.Steps.SelectMany(s => s.Findings.Where(IsBlocking).Select(f => (f, Last(s.Exchanges)))),
    ];

    public static IReadOnlyList<(Finding, ExchangeRecord?)> Blocking(GeneratedCaseResult result) =>
        [.. result.Findings.Where(IsBlocking).Select(f => (f, Last(result.Exchanges)))];
}
