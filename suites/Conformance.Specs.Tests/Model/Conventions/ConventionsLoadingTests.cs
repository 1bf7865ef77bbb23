using System.Text.Json.Nodes;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Tests.Model.Conventions;

public sealed class ConventionsLoadingTests
{
    private const string Operations = """
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - {name: from, in: query, schema: {type: string}}
              responses:
                '200': {description: ok}
          /items/{itemId}:
            get:
              operationId: getItem
              parameters:
                - {name: itemId, in: path, required: true, schema: {type: string}}
              responses:
                '200': {description: ok}
        components:
          schemas:
            Failure:
              type: object
              required: [error]
              properties:
                error: {type: string}
        """;

    private static SpecLoadResult LoadWith(string conventions) => SpecLoader.LoadText(
        $"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\n{conventions}\n{Operations}", "test.yaml");

    [Test]
    public void Conventions_WithoutXConformance_AreTheDefaults()
    {
        var spec = TestSpecs.Load($"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\n{Operations}");

        Assert.That(spec.Conventions, Is.SameAs(ApiConventions.Default));
        Assert.That(spec.Conventions.Credentials.Matches(401, null), Is.True);
        Assert.That(spec.Conventions.BadInput.Matches(422, null), Is.True);
    }

    [Test]
    public void Conventions_FullBlock_IsReadIntoTypedModel()
    {
        var result = LoadWith("""
            x-conformance:
              refusals:
                badInput: {status: ['200'], bodyMember: /error}
                credentials: {status: [200], bodyMember: /error}
              errorBody:
                schema: {$ref: '#/components/schemas/Failure'}
                mediaTypes: [application/json; charset=utf-8]
                statuses: ['200']
                bodyMember: /error
              requestDefaults:
                headers: {Accept: application/json; version=2}
              pagination: {style: cursor, limit: limit, cursor: from, next: /next, items: /data}
              idDiscovery:
                - {parameter: '*Id', in: path, operation: listItems, values: {limit: 5}, ids: /data/*/id}
            """);

        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        var conventions = result.Spec!.Conventions;
        Assert.Multiple(() =>
        {
            Assert.That(conventions.BadInput.Matches(200, JsonNode.Parse("""{"error":"x"}""")), Is.True);
            Assert.That(conventions.Credentials.Matches(200, JsonNode.Parse("""{"status":"ok"}""")), Is.False);
            Assert.That(conventions.ErrorBody!.Schema.Pointer, Is.EqualTo("/components/schemas/Failure"));
            Assert.That(conventions.ErrorBody.MediaTypes, Is.EqualTo(new[] { "application/json" }));
            Assert.That(conventions.RequestHeaders, Is.EqualTo(new[] { KeyValuePair.Create("Accept", "application/json; version=2") }));
            Assert.That(conventions.Pagination.Style, Is.EqualTo(PaginationStyle.Cursor));
            Assert.That(conventions.Pagination.NextMember, Is.EqualTo("/next"));
            Assert.That(conventions.IdDiscovery.Single().OperationId, Is.EqualTo("listItems"));
            Assert.That(conventions.IdDiscovery.Single().Values["limit"]!.ToJsonString(), Is.EqualTo("5"));
            Assert.That(conventions.IdDiscovery.Single().AppliesTo(result.Spec.FindOperation("getItem")!, result.Spec.FindOperation("getItem")!.Parameters[0]), Is.True);
        });
    }

    [TestCase("x-conformance: [1]", "/x-conformance", "must be an object")]
    [TestCase("x-conformance: {refunds: {}}", "/x-conformance/refunds", "unknown member 'refunds'")]
    [TestCase("x-conformance: {refusals: {badInput: {status: [4YY]}}}", "/x-conformance/refusals/badInput/status", "'4YY' is not a status code")]
    [TestCase("x-conformance: {refusals: {credentials: {status: ['401'], bodyMember: error}}}", "/x-conformance/refusals/credentials/bodyMember", "JSON pointer")]
    [TestCase("x-conformance: {errorBody: {schema: {$ref: '#/components/schemas/Nope'}, mediaTypes: [application/json]}}", "/x-conformance/errorBody/schema", "not in this contract")]
    [TestCase("x-conformance: {errorBody: {schema: {$ref: '#/components/schemas/Failure'}}}", "/x-conformance/errorBody", "needs 'mediaTypes'")]
    [TestCase("x-conformance: {pagination: {style: pages}}", "/x-conformance/pagination/style", "none, cursor or offset")]
    [TestCase("x-conformance: {pagination: {style: offset, limit: size}}", "/x-conformance/pagination", "'size'")]
    [TestCase("x-conformance: {idDiscovery: [{parameter: itemId, operation: listThings, ids: /data}]}", "/x-conformance/idDiscovery/0/operation", "no operation 'listThings'")]
    [TestCase("x-conformance: {idDiscovery: [{parameter: itemId, operation: listItems}]}", "/x-conformance/idDiscovery/0", "needs 'parameter', 'operation' and 'ids'")]
    [TestCase("x-conformance: {requestDefaults: {headers: {Accept: [a, b]}}}", "/x-conformance/requestDefaults/headers/Accept", "must be a string")]
    public void Conventions_Malformed_IsALocatedErrorDiagnostic(string block, string pointer, string message)
    {
        var result = LoadWith(block);

        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Pointer == pointer);
        Assert.That(diagnostic, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic!.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.Message, Does.Contain(message));
            Assert.That(diagnostic.Line, Is.Not.Null);
        });
    }

    [TestCaseSource(typeof(ContractFixtures), nameof(ContractFixtures.ApiIds))]
    public void Conventions_OfEveryContract_LoadWithoutDiagnostics(string apiId)
    {
        var result = ContractFixtures.Load(apiId);

        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Spec!.Document.ContainsKey("x-conformance"), Is.True, $"{apiId} declares no x-conformance");
    }

    [Test]
    public void Conventions_Finum_AreProblemJsonWith401AndIdListDiscovery()
    {
        var conventions = ContractFixtures.Load("finum").Spec!.Conventions;
        var spec = ContractFixtures.Load("finum").Spec!;
        var listClients = spec.FindOperation("listClients")!;

        Assert.Multiple(() =>
        {
            Assert.That(conventions.Credentials.Statuses, Is.EqualTo(new[] { "401" }));
            Assert.That(conventions.BadInput.Matches(404, null), Is.True);
            Assert.That(conventions.ErrorBody!.MediaTypes, Is.EqualTo(new[] { "application/problem+json" }));
            Assert.That(conventions.Pagination.Style, Is.EqualTo(PaginationStyle.None));
            Assert.That(conventions.IdDiscovery.First(r => r.AppliesTo(listClients, listClients.Parameters.Single(p => p.Name == "id-list"))).OperationId, Is.EqualTo("listUpdatedClientIds"));
        });
    }

    [Test]
    public void Conventions_Thinksurance_RefuseWithHttp200AndAnErrorMember()
    {
        var conventions = ContractFixtures.Load("thinksurance").Spec!.Conventions;
        var refusal = JsonNode.Parse("""{"error":"Token is invalid or expired."}""");
        var success = JsonNode.Parse("""{"status":"success"}""");

        Assert.Multiple(() =>
        {
            Assert.That(conventions.Credentials.Matches(200, refusal), Is.True);
            Assert.That(conventions.Credentials.Matches(200, success), Is.False);
            Assert.That(conventions.Credentials.Matches(401, refusal), Is.False);
            Assert.That(conventions.IsRefusal(200, refusal), Is.True);
        });
    }

    [Test]
    public void Conventions_Sivi_SendVersionedAcceptAndPageByOffset()
    {
        var conventions = ContractFixtures.Load("sivi-afs").Spec!.Conventions;

        Assert.Multiple(() =>
        {
            Assert.That(conventions.RequestHeaders.Single().Value, Does.StartWith("application/json; version="));
            Assert.That(conventions.Pagination.Style, Is.EqualTo(PaginationStyle.Offset));
            Assert.That(conventions.Pagination.ItemsOf("retrieveClaims"), Is.EqualTo("/claim"));
            Assert.That(conventions.ErrorBody!.StatusMember, Is.EqualTo("/error/*/httpStatus"));
            Assert.That(conventions.Scope.Statuses, Is.EqualTo(new[] { "403" }));
        });
    }

    [Test]
    public void Conventions_ScopeNotDeclared_IsTheCredentialsRefusal()
    {
        var conventions = ContractFixtures.Load("thinksurance").Spec!.Conventions;

        Assert.That(conventions.Scope, Is.EqualTo(conventions.Credentials));
    }

    [Test]
    public void Conventions_Seyna_PageByCursor()
    {
        var spec = ContractFixtures.Load("seyna").Spec!;

        Assert.Multiple(() =>
        {
            Assert.That(spec.Conventions.Pagination.Style, Is.EqualTo(PaginationStyle.Cursor));
            Assert.That(spec.Conventions.Pagination.CursorParameter, Is.EqualTo("from"));
            Assert.That(spec.Conventions.Pagination.Pages(spec.FindOperation("listContracts")!), Is.True);
            Assert.That(spec.Conventions.Pagination.Pages(spec.FindOperation("getContract")!), Is.False);
        });
    }
}
