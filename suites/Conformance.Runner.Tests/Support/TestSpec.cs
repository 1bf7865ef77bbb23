using System.Text.Json.Nodes;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A small FiNUM-like API built in memory: <c>listItems</c> (GET /item-list?id-list=, form/explode=false),
/// <c>listUpdatedItemIds</c> (GET /item-id-list-updated?since=), <c>getItem</c> (GET /item/{itemId}),
/// <c>createItem</c> (POST /item, with callback <c>itemChangedCallback</c>) and <c>getStatus</c>
/// (GET /status, no auth). Errors are problem+json; everything else needs a bearer JWT.
/// </summary>
public static class TestSpec
{
    public static readonly string ItemSchemaJson = """
        {"type":"object","required":["id","status"],"additionalProperties":false,
         "properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$"},"status":{"type":"integer"},"name":{"type":"string"},"kind":{"type":"string","enum":["a","b"]}}}
        """;

    public static readonly string ProblemSchemaJson = """
        {"type":"object","required":["title","status"],"properties":{"type":{"type":"string"},"title":{"type":"string"},"status":{"type":"integer"},"detail":{"type":"string"}}}
        """;

    public static ApiSpec Create()
    {
        var item = Schema("#/components/schemas/Item", ItemSchemaJson);
        var problem = Schema("#/components/schemas/Problem", ProblemSchemaJson);
        var items = Schema("/paths/~1item-list/get/responses/200/content/application~1json/schema", $$"""{"type":"array","items":{{ItemSchemaJson}}}""");
        var idList = Schema("/components/schemas/IdList", """{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$"}}""");
        var id = Schema("/components/schemas/Id", """{"type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$"}""");
        var since = Schema("/components/schemas/Since", """{"type":"string","format":"date-time"}""");
        var secured = new List<IReadOnlyList<string>> { new List<string> { "consumerJwt" } };
        var errors = new Dictionary<string, SpecResponse>
        {
            ["400"] = Response("400", ("application/problem+json", problem)),
            ["401"] = Response("401", ("application/problem+json", problem)),
            ["404"] = Response("404", ("application/problem+json", problem)),
        };
        var callback = new SpecOperation
        {
            OperationId = "itemChangedCallback",
            Method = "POST",
            PathTemplate = "{$request.body#/callbackUrl}",
            Tags = [],
            Parameters = [],
            RequestBody = new SpecRequestBody(true, new Dictionary<string, SpecMediaType>
            {
                ["application/json"] = new("application/json", Schema("/callback/schema", """{"type":"object","required":["id","status"],"properties":{"id":{"type":"string"},"status":{"type":"integer"}}}"""), []),
            }, null),
            Responses = new Dictionary<string, SpecResponse> { ["204"] = Response("204") },
            Security = [],
            Callbacks = [],
            Pointer = "/paths/~1item/post/callbacks/itemChanged/{$request.body#~1callbackUrl}/post",
        };
        var operations = new List<SpecOperation>
        {
            Operation("listUpdatedItemIds", "GET", "/item-id-list-updated", [new SpecParameter("since", ParameterLocation.Query, true, "form", true, since, null)],
                Merge(errors, ("200", Response("200", ("application/json", Schema("/ids", """{"type":"array","items":{"type":"string"}}""")))))),
            Operation("listItems", "GET", "/item-list", [new SpecParameter("id-list", ParameterLocation.Query, true, "form", false, idList, null)],
                Merge(errors, ("200", Response("200", ("application/json", items))))),
            Operation("getItem", "GET", "/item/{itemId}", [new SpecParameter("itemId", ParameterLocation.Path, true, "simple", false, id, null)],
                Merge(errors, ("200", Response("200", ("application/json", item))))),
            Operation("createItem", "POST", "/item", [],
                Merge(errors, ("201", Response("201", ("application/json", item)) with { Headers = new Dictionary<string, SpecHeader> { ["Location"] = new("Location", true, Schema("/loc", """{"type":"string"}"""), null) } })),
                new SpecRequestBody(true, new Dictionary<string, SpecMediaType>
                {
                    ["application/json"] = new("application/json", Schema("/create", """{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"kind":{"type":"string","enum":["a","b"]},"callbackUrl":{"type":"string"}}}"""), [new SpecExample("default", JsonNode.Parse("""{"name":"first"}"""), "/ex")]),
                }, null),
                [new SpecCallback("itemChanged", "{$request.body#/callbackUrl}", [callback])]),
            Operation("getStatus", "GET", "/status", [], new Dictionary<string, SpecResponse> { ["200"] = Response("200", ("application/json", Schema("/st", """{"type":"object"}"""))) }, security: []),
        };
        return new ApiSpec
        {
            Title = "Test API",
            Version = "1.0.0",
            OpenApiVersion = "3.1.0",
            Servers = [new SpecServer("/test/v1", null)],
            BasePath = "/test/v1",
            Operations = operations,
            SecuritySchemes = new Dictionary<string, SpecSecurityScheme> { ["consumerJwt"] = new("consumerJwt", "http", "bearer", "JWT", null, null, null, null) },
            Webhooks = [],
            Conventions = Conventions(problem),
            Document = new JsonObject { ["openapi"] = "3.1.0", ["components"] = new JsonObject { ["schemas"] = new JsonObject { ["Item"] = JsonNode.Parse(ItemSchemaJson) } } },
            Validator = new TestSchemaValidator(),
        };

        SpecOperation Operation(string operationId, string method, string path, IReadOnlyList<SpecParameter> parameters, IReadOnlyDictionary<string, SpecResponse> responses, SpecRequestBody? body = null, IReadOnlyList<SpecCallback>? callbacks = null, IReadOnlyList<IReadOnlyList<string>>? security = null) => new()
        {
            OperationId = operationId,
            Method = method,
            PathTemplate = path,
            Tags = [],
            Parameters = parameters,
            RequestBody = body,
            Responses = responses,
            Security = security ?? secured,
            Callbacks = callbacks ?? [],
            Pointer = $"/paths/{path.Replace("/", "~1", StringComparison.Ordinal)}/{method.ToLowerInvariant()}",
        };
    }

    /// <summary>FiNUM's conventions: 4xx for bad input, 401 for credentials, problem+json errors, ids from <c>listUpdatedItemIds</c>.</summary>
    private static ApiConventions Conventions(SpecSchema problem) => ApiConventions.Default with
    {
        ErrorBody = new ErrorBodyConvention { SchemaRef = "#/components/schemas/Problem", Schema = problem, MediaTypes = ["application/problem+json"], StatusMember = "/status" },
        IdDiscovery =
        [
            new IdDiscoveryRule { Parameter = "id-list", In = ParameterLocation.Query, OperationId = "listUpdatedItemIds", Values = new Dictionary<string, JsonNode?> { ["since"] = "1970-01-01T00:00:00Z" }, Ids = "/*" },
            new IdDiscoveryRule { Parameter = "*Id", In = ParameterLocation.Path, OperationId = "listUpdatedItemIds", Values = new Dictionary<string, JsonNode?> { ["since"] = "1970-01-01T00:00:00Z" }, Ids = "/*" },
        ],
    };

    public static SpecSchema Schema(string pointer, string json) => new(pointer, JsonNode.Parse(json)!);

    private static SpecResponse Response(string status, params (string MediaType, SpecSchema Schema)[] content) =>
        new(status, null, content.ToDictionary(c => c.MediaType, c => new SpecMediaType(c.MediaType, c.Schema, [])), new Dictionary<string, SpecHeader>());

    private static Dictionary<string, SpecResponse> Merge(Dictionary<string, SpecResponse> errors, (string Key, SpecResponse Response) success) =>
        new(errors) { [success.Key] = success.Response };
}
