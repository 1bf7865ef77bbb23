using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Tests.Support;

namespace Conformance.Runner.Tests.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private static readonly ExpressionScope Scope = new()
    {
        Url = "http://127.0.0.1/finum/v1/contract",
        Method = "POST",
        StatusCode = 201,
        Request = new MessageView
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Trace"] = "t1" },
            Query = new Dictionary<string, string> { ["id-list"] = "a,b" },
            Path = new Dictionary<string, string> { ["fileId"] = "F1" },
            Body = JsonNode.Parse("""{"holderId":"K1"}"""),
        },
        Response = new MessageView
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Location"] = "/contract/C1" },
            Body = JsonNode.Parse("""[{"id":"C1","status":120,"tags":["x"],"a~b":{"c/d":1}}]"""),
        },
        Inputs = new Dictionary<string, JsonNode?> { ["runId"] = "r1", ["holder"] = JsonNode.Parse("""{"city":"Wien"}"""), ["nothing"] = null },
        Steps = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>> { ["create"] = new Dictionary<string, JsonNode?> { ["contractId"] = "C1" } },
        Workflows = new Dictionary<string, WorkflowValues>
        {
            ["sync"] = new(new Dictionary<string, JsonNode?> { ["since"] = "1970" }, new Dictionary<string, JsonNode?> { ["count"] = 3 }),
        },
        SourceDescriptionUrls = new Dictionary<string, string> { ["finum"] = "../openapi.yaml" },
    };

    [TestCase("$url", "http://127.0.0.1/finum/v1/contract")]
    [TestCase("$method", "POST")]
    [TestCase("$statusCode", "201")]
    [TestCase("$request.header.x-trace", "t1")]
    [TestCase("$request.query.id-list", "a,b")]
    [TestCase("$request.path.fileId", "F1")]
    [TestCase("$request.body#/holderId", "K1")]
    [TestCase("$response.header.location", "/contract/C1")]
    [TestCase("$response.body#/0/id", "C1")]
    [TestCase("$response.body#/0/status", "120")]
    [TestCase("$response.body#/0/tags/0", "x")]
    [TestCase("$response.body#/0/a~0b/c~1d", "1")]
    [TestCase("$inputs.runId", "r1")]
    [TestCase("$inputs.holder#/city", "Wien")]
    [TestCase("$inputs.nothing", "")]
    [TestCase("$steps.create.outputs.contractId", "C1")]
    [TestCase("$workflows.sync.inputs.since", "1970")]
    [TestCase("$workflows.sync.outputs.count", "3")]
    [TestCase("$sourceDescriptions.finum.url", "../openapi.yaml")]
    public void Evaluate_DefinedSource_GivesValue(string text, string expected)
    {
        var expression = Parsed.Expression(text);

        var result = ExpressionEvaluator.Evaluate(expression, Scope);

        Assert.That(result.IsDefined, Is.True);
        Assert.That(JsonValues.ToText(result.Value), Is.EqualTo(expected));
    }

    [TestCase("$request.header.X-Missing")]
    [TestCase("$response.body#/5/id")]
    [TestCase("$response.body#/0/missing")]
    [TestCase("$response.body#/01/id")]
    [TestCase("$steps.other.outputs.x")]
    [TestCase("$steps.create.outputs.other")]
    [TestCase("$workflows.none.outputs.count")]
    [TestCase("$inputs.absent")]
    [TestCase("$components.inputs.x")]
    public void Evaluate_MissingSource_IsUndefined(string text)
    {
        var expression = Parsed.Expression(text);

        var result = ExpressionEvaluator.Evaluate(expression, Scope);

        Assert.That(result.IsDefined, Is.False);
    }

    [Test]
    public void Evaluate_ResponseBodyNotJson_GivesText()
    {
        var expression = Parsed.Expression("$response.body");
        var scope = Scope with { Response = new MessageView { BodyText = "<html>" } };

        var result = ExpressionEvaluator.Evaluate(expression, scope);

        Assert.That(JsonValues.ToText(result.Value), Is.EqualTo("<html>"));
    }

    [Test]
    public void EvaluateString_WholeExpression_KeepsJsonType()
    {
        var problems = new List<string>();

        var value = ExpressionTemplate.EvaluateString("$response.body#/0/status", Scope, problems);

        Assert.That(value!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.Number));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void EvaluateString_EmbeddedExpressions_RendersText()
    {
        var problems = new List<string>();

        var value = ExpressionTemplate.EvaluateString("run-{$inputs.runId}-{$statusCode}", Scope, problems);

        Assert.That(JsonValues.ToText(value), Is.EqualTo("run-r1-201"));
    }

    [Test]
    public void EvaluateString_EmbeddedUndefined_ReportsProblem()
    {
        var problems = new List<string>();

        var value = ExpressionTemplate.EvaluateString("x-{$inputs.absent}", Scope, problems);

        Assert.That(JsonValues.ToText(value), Is.EqualTo("x-"));
        Assert.That(problems, Has.Count.EqualTo(1).And.Some.Contains("$inputs.absent"));
    }

    [Test]
    public void EvaluateValue_ObjectPayload_EvaluatesMembersDeeply()
    {
        var payload = JsonNode.Parse("""{"holderId":"$steps.create.outputs.contractId","tags":["{$inputs.runId}",1],"fixed":true}""");

        var value = ExpressionTemplate.EvaluateValue(payload, Scope, []);

        Assert.That(value!.ToJsonString(), Is.EqualTo("""{"holderId":"C1","tags":["r1",1],"fixed":true}"""));
    }

    [Test]
    public void Collect_UnclosedEmbedding_ReportsError()
    {
        var errors = new List<string>();

        ExpressionTemplate.CollectString("x-{$inputs.runId", [], errors);

        Assert.That(errors, Has.Count.EqualTo(1));
    }
}
