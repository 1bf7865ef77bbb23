using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Checks.Seyna;

/// <summary>
/// A cursor traversal run by the engine: the page step repeats itself with its own previous <c>next</c>
/// (no <c>from</c> on the first visit), and the Seyna paging check sees the run's earlier pages.
/// </summary>
public sealed class TraversalInWorkflowTests
{
    private const string Flow = """
        arazzo: 1.0.1
        info: {title: t, version: '1'}
        sourceDescriptions:
          - {name: seyna, url: ../openapi.yaml, type: openapi}
        workflows:
          - workflowId: traverse
            steps:
              - stepId: page
                operationId: listContracts
                parameters:
                  - {name: portfolio_id, in: path, value: pf_1}
                  - {name: limit, in: query, value: 2}
                  - {name: from, in: query, value: $steps.page.outputs.body#/next, x-conformance-omit-if-undefined: true}
                successCriteria: [{condition: $statusCode == 200}]
                outputs: {body: $response.body}
                onSuccess: [{name: more, type: goto, stepId: page, criteria: [{condition: $response.body#/next}]}]
        """;

    [TestCase("C", 0)]
    [TestCase("B", 2)]
    public async Task Traverse_SecondPage_JudgedAgainstTheFirst(string secondPageFirstId, int findings)
    {
        var spec = Contracts.Load("seyna");
        var transport = new InMemoryTransport(request => request.Url.Contains("from=c1", StringComparison.Ordinal)
            ? InMemoryTransport.Json(200, Page(null, secondPageFirstId, "D"))
            : InMemoryTransport.Json(200, Page("c1", "A", "B")));
        var context = new EngineContext
        {
            ApiId = "seyna",
            Spec = spec,
            BaseUrl = "http://p/seyna/v2",
            Transport = transport,
            Authenticator = Authenticator.None(spec),
            RunIdFactory = () => "run1",
        };
        var document = ArazzoLoader.LoadText(Flow, "t.arazzo.yaml", spec).Document!;

        var result = await new WorkflowEngine(context, document).RunAsync(document.Workflows[0], CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(transport.Requests.Select(r => r.Url), Is.EqualTo(new[]
            {
                "http://p/seyna/v2/portfolios/pf_1/contracts?limit=2",
                "http://p/seyna/v2/portfolios/pf_1/contracts?limit=2&from=c1",
            }));
            Assert.That(result.Steps.SelectMany(s => s.Findings).Count(f => f.CheckId == "seyna_cursor_paging"), Is.EqualTo(findings));
        });
    }

    private static string Page(string? next, params string[] ids) =>
        SeynaExchanges.List("/portfolios/pf_1/contracts", ids.Select(id => SeynaExchanges.Contract(id, "2026-01-01", "2027-01-01", SeynaExchanges.Guarantees(1))), next).ToJsonString();
}
