using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Tests.Support;
using Conformance.Runner.Transport;
using Conformance.Specs.Model;

namespace Conformance.Runner.Tests.Engine;

public sealed class RequestBuilderTests
{
    private static EngineContext Context(ApiSpec spec) => new()
    {
        ApiId = "x",
        Spec = spec,
        BaseUrl = "http://p/base/",
        Transport = new InMemoryTransport(_ => InMemoryTransport.Json(200, "{}")),
        Authenticator = Authenticator.None(spec),
    };

    private static string? Header(TransportRequest request, string name) =>
        request.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    [Test]
    public void Build_SiviOperation_SendsTheDeclaredVersionedAcceptOnce()
    {
        var spec = Contracts.Load("sivi-afs");

        var (request, _) = RequestBuilder.Build(Context(spec), new RequestInput { Operation = spec.FindOperation("retrievePolicies")! }, []);

        Assert.That(request.Headers.Where(h => h.Key == "Accept").Select(h => h.Value), Is.EqualTo(new[] { "application/json; version=3" }));
    }

    [Test]
    public void Build_HeaderParameterGiven_WinsOverTheRequestDefault()
    {
        var spec = Contracts.Load("sivi-afs");
        var input = new RequestInput { Operation = spec.FindOperation("retrievePolicies")!, Parameters = [new("Accept", "header", JsonValue.Create("application/json; version=2"))] };

        var (request, _) = RequestBuilder.Build(Context(spec), input, []);

        Assert.That(request.Headers.Where(h => h.Key == "Accept").Select(h => h.Value), Is.EqualTo(new[] { "application/json; version=2" }));
    }

    [Test]
    public void Build_ProfileHeader_ReplacesTheContractsDefaultOfTheSameName()
    {
        var spec = Contracts.Load("thinksurance");
        var context = Context(spec) with { RequestHeaders = [new("X-Account-Token", "tenant-of-this-provider")] };
        var operation = spec.Operations.First(o => o.Parameters.Any(p => p.Name == "X-Account-Token"));

        var (request, _) = RequestBuilder.Build(context, new RequestInput { Operation = operation }, []);

        Assert.That(request.Headers.Where(h => h.Key == "X-Account-Token").Select(h => h.Value), Is.EqualTo(new[] { "tenant-of-this-provider" }));
    }

    [Test]
    public void Build_HeaderParameterGiven_WinsOverTheProfileHeader()
    {
        var spec = Contracts.Load("sivi-afs");
        var context = Context(spec) with { RequestHeaders = [new("Accept", "application/json; version=9")] };
        var input = new RequestInput { Operation = spec.FindOperation("retrievePolicies")!, Parameters = [new("Accept", "header", JsonValue.Create("application/json; version=2"))] };

        var (request, _) = RequestBuilder.Build(context, input, []);

        Assert.That(request.Headers.Where(h => h.Key == "Accept").Select(h => h.Value), Is.EqualTo(new[] { "application/json; version=2" }));
    }

    [Test]
    public void Build_ApiWithoutDefaults_AcceptsTheDocumentedMediaTypes()
    {
        var spec = Contracts.Load("finum");

        var (request, _) = RequestBuilder.Build(Context(spec), new RequestInput { Operation = spec.FindOperation("listClients")!, Parameters = [new("id-list", null, new JsonArray("K1", "K2"))] }, []);

        Assert.Multiple(() =>
        {
            Assert.That(request.Url, Is.EqualTo("http://p/base/client-list?id-list=K1,K2"));
            Assert.That(Header(request, "Accept"), Does.Contain("application/json").And.Contain("application/problem+json"));
        });
    }

    [Test]
    public void Build_UndocumentedMethodWithBody_UsesTheTemplatePathAndJsonDefault()
    {
        var spec = Contracts.Load("finum");
        var input = new RequestInput { Operation = spec.FindOperation("downloadFile")!, Method = "DELETE", Parameters = [new("fileId", null, JsonValue.Create("F 1"))], Body = "{}" };

        var (request, view) = RequestBuilder.Build(Context(spec), input, []);

        Assert.Multiple(() =>
        {
            Assert.That((request.Method, request.Url, request.ContentType), Is.EqualTo(("DELETE", "http://p/base/file/F%201/download", "application/json")));
            Assert.That(view.Path["fileId"], Is.EqualTo("F 1"));
        });
    }

    [TestCase(true, "http://p/base/portfolios", 0)]
    [TestCase(false, "http://p/base/portfolios?from=", 1)]
    public void Build_CursorFromAStepNotRunYet_OmittedOnlyWhenTheParameterSaysSo(bool omit, string url, int problemCount)
    {
        var spec = Contracts.Load("seyna");
        var step = new ArazzoStep
        {
            StepId = "page",
            OperationId = "listPortfolios",
            Pointer = "/workflows/0/steps/0",
            Parameters = [new ArazzoParameter("from", "query", JsonValue.Create("$steps.page.outputs.next")) { OmitIfUndefined = omit }],
        };
        var problems = new List<string>();

        var (request, _) = RequestBuilder.Build(Context(spec), spec.FindOperation("listPortfolios")!, step, new Conformance.Runner.Expressions.ExpressionScope(), problems);

        Assert.Multiple(() =>
        {
            Assert.That(request.Url, Is.EqualTo(url));
            Assert.That(problems, Has.Count.EqualTo(problemCount));
        });
    }

    [Test]
    public void Build_CursorFromThePreviousVisit_IsSentWhenDefined()
    {
        var spec = Contracts.Load("seyna");
        var step = new ArazzoStep
        {
            StepId = "page",
            OperationId = "listPortfolios",
            Pointer = "/workflows/0/steps/0",
            Parameters = [new ArazzoParameter("from", "query", JsonValue.Create("$steps.page.outputs.next")) { OmitIfUndefined = true }],
        };
        var scope = new Conformance.Runner.Expressions.ExpressionScope
        {
            Steps = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>> { ["page"] = new Dictionary<string, JsonNode?> { ["next"] = "abc" } },
        };

        var (request, _) = RequestBuilder.Build(Context(spec), spec.FindOperation("listPortfolios")!, step, scope, []);

        Assert.That(request.Url, Is.EqualTo("http://p/base/portfolios?from=abc"));
    }

    [Test]
    public void Build_PathParameterWithoutValue_IsAProblem()
    {
        var spec = Contracts.Load("finum");
        var problems = new List<string>();

        RequestBuilder.Build(Context(spec), new RequestInput { Operation = spec.FindOperation("downloadFile")! }, problems);

        Assert.That(problems.Single(), Does.Contain("{fileId}"));
    }

    [Test]
    public async Task RunAsync_FlowStep_SendsTheRequestDefaultsOverLoopback()
    {
        await using var provider = await LedgerProvider.StartAsync();
        using var transport = new RestSharpTransport();
        var context = LedgerProvider.Context(provider, transport);
        var spec = context.Spec;
        var loaded = ArazzoLoader.LoadText(EngineHarness.Flow("""
              - workflowId: firstPage
                steps:
                  - stepId: list
                    operationId: listEntries
                    parameters:
                      - {name: limit, in: query, value: 1}
                    successCriteria:
                      - condition: $statusCode == 200
                      - condition: $response.body#/data/0/id == 'E1'
            """), "ledger.arazzo.yaml", spec);
        Assert.That(loaded.Diagnostics, Is.Empty, () => string.Join("\n", loaded.Diagnostics));

        var result = await new WorkflowEngine(context, loaded.Document!).RunAsync(loaded.Document!.Workflows[0], CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Passed), () => string.Join("\n", result.Steps.SelectMany(s => s.Findings).Select(f => $"[{f.CheckId}] {f.Message}")));
    }
}
