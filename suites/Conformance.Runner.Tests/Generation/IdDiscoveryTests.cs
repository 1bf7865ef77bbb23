using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Generation;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Tests.Generation;

/// <summary>Ids found as each contract's <c>x-conformance.idDiscovery</c> declares.</summary>
public sealed class IdDiscoveryTests
{
    [Test]
    public async Task RunAsync_SeynaItemCase_DiscoversThePortfolioThenTheContract()
    {
        var spec = Contracts.Load("seyna");
        var transport = new InMemoryTransport(r => new Uri(r.Url).AbsolutePath switch
        {
            "/seyna/v2/portfolios" => InMemoryTransport.Json(200, """{"object":"list","url":"/portfolios","data":[{"id":"pf_7"},{"id":"pf_8"}]}"""),
            "/seyna/v2/portfolios/pf_7/contracts" => InMemoryTransport.Json(200, """{"object":"list","url":"/portfolios/pf_7/contracts","data":[{"id":"ct_3"}]}"""),
            _ => InMemoryTransport.Json(404, """{"status":404,"type":"not_found","msg":"x"}"""),
        });
        var context = new EngineContext
        {
            ApiId = "seyna",
            Spec = spec,
            BaseUrl = "http://p/seyna/v2",
            Transport = transport,
            Authenticator = new Authenticator(spec, [new BasicCredentialProvider("k", "s")]),
        };
        var cases = CaseGenerator.Generate(spec).Where(c => c.CaseId == "getContract.valid_request").ToList();

        await new GeneratedCaseRunner(context).RunAsync(cases, CancellationToken.None);

        Assert.That(transport.Requests.Select(r => new Uri(r.Url).AbsolutePath), Is.EqualTo(new[]
        {
            "/seyna/v2/portfolios", "/seyna/v2/portfolios/pf_7/contracts", "/seyna/v2/portfolios/pf_7/contracts/ct_3",
        }));
    }

    [Test]
    public async Task RunAsync_SiviItemCase_TakesTheRefKeyOfTheMainEntity()
    {
        var spec = Contracts.Load("sivi-afs");
        var transport = new InMemoryTransport(r => new Uri(r.Url).AbsolutePath == "/sivi-afs/v1/claims"
            ? InMemoryTransport.Json(200, """{"claim":[{"entityType":"claimDetails","refKey":"CLM0000004"}],"party":[{"refKey":"CLM0000004-party-1"}]}""")
            : InMemoryTransport.Json(204, null));
        var context = new EngineContext { ApiId = "sivi-afs", Spec = spec, BaseUrl = "http://p/sivi-afs/v1", Transport = transport, Authenticator = Authenticator.None(spec) };
        var cases = CaseGenerator.Generate(spec).Where(c => c.CaseId == "retrieveClaim.valid_request").ToList();

        await new GeneratedCaseRunner(context).RunAsync(cases, CancellationToken.None);

        Assert.That(transport.Requests[^1].Url, Does.StartWith("http://p/sivi-afs/v1/claims/CLM0000004"));
    }

    [Test]
    public void Rule_FinumParameterWithoutDeclaredRule_KeepsItsExample()
    {
        var spec = Contracts.Load("finum");
        var rules = new IdParameterRules(spec);
        var listContracts = spec.FindOperation("listContracts")!;

        Assert.Multiple(() =>
        {
            Assert.That(rules.Rule(listContracts, listContracts.Parameters.Single(p => p.Name == "id-list"))!.OperationId, Is.EqualTo("listUpdatedContractIds"));
            Assert.That(rules.NeedsId(listContracts, listContracts.Parameters.Single(p => p.Name == "holder-id")), Is.False);
        });
    }
}
