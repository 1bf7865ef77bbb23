using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting.Html;

public sealed class LatencySectionTests
{
    [Test]
    public void Write_AnswersOfOneOperation_MedianPercentileAndSlowest()
    {
        var api = Api([Case("listContracts", 10), Case("listContracts", 20), Case("listContracts", 300), Case("getStatus", 5)]);

        var text = Render(api);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("<tr><td class=\"mono\">listContracts</td><td class=\"num\">3</td><td class=\"num\">20 ms</td><td class=\"num\">300 ms</td><td class=\"num\">300 ms</td></tr>"));
            Assert.That(text.IndexOf("listContracts", StringComparison.Ordinal), Is.LessThan(text.IndexOf("getStatus", StringComparison.Ordinal)), "slowest operation first");
        });
    }

    [Test]
    public void Write_NoAnswers_WritesNothing()
    {
        var text = Render(Api([Case("listContracts", 10) with { Exchanges = [] }]));

        Assert.That(text, Does.Not.Contain("Latency per operation"));
    }

    [Test]
    public void Write_TwentyAnswers_NinetyFifthPercentileIsTheNineteenth()
    {
        var text = Render(Api([.. Enumerable.Range(1, 20).Select(i => Case("listContracts", i * 100))]));

        Assert.That(text, Does.Contain("<td class=\"num\">20</td><td class=\"num\">1.00 s</td><td class=\"num\">1.90 s</td><td class=\"num\">2.00 s</td>"));
    }

    internal static string Render(ApiRunResult api) => HtmlReportWriter.Render(new RunResult
    {
        ToolVersion = "1.0.0-test",
        StartedAt = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromSeconds(1),
        Verdict = api.Verdict,
        Apis = [api],
    });

    internal static ApiRunResult Api(IReadOnlyList<GeneratedCaseResult> cases, IReadOnlyList<FlowResult>? flows = null) => new()
    {
        ApiId = "finum",
        ProviderBaseUrl = "http://127.0.0.1:5080/finum/v1",
        SpecTitle = "FiNUM",
        SpecVersion = "1",
        Verdict = Verdict.Conformant,
        Flows = flows ?? [],
        GeneratedCases = cases,
        Findings = [],
    };

    internal static GeneratedCaseResult Case(string operationId, int milliseconds) => new()
    {
        CaseId = $"{operationId}-{milliseconds}",
        OperationId = operationId,
        Kind = "valid_request",
        Description = "a case",
        Outcome = Outcome.Passed,
        Duration = TimeSpan.FromMilliseconds(milliseconds),
        Exchanges =
        [
            new ExchangeRecord
            {
                Direction = ExchangeDirection.Outbound,
                Request = new HttpRequestRecord { Method = "GET", Url = "http://127.0.0.1:5080/finum/v1/x", Headers = [] },
                Response = new HttpResponseRecord { StatusCode = 200, Headers = [] },
                Elapsed = TimeSpan.FromMilliseconds(milliseconds),
            },
        ],
        Findings = [],
    };
}
