using Conformance.Runner.Expressions;

namespace Conformance.Runner.Tests.Expressions;

public sealed class RuntimeExpressionTests
{
    [TestCase("$url", RuntimeExpressionKind.Url, null, null, null)]
    [TestCase("$method", RuntimeExpressionKind.Method, null, null, null)]
    [TestCase("$statusCode", RuntimeExpressionKind.StatusCode, null, null, null)]
    [TestCase("$request.header.X-Request-Id", RuntimeExpressionKind.RequestHeader, null, "X-Request-Id", null)]
    [TestCase("$request.query.id-list", RuntimeExpressionKind.RequestQuery, null, "id-list", null)]
    [TestCase("$request.path.fileId", RuntimeExpressionKind.RequestPath, null, "fileId", null)]
    [TestCase("$request.body", RuntimeExpressionKind.RequestBody, null, null, null)]
    [TestCase("$request.body#/id", RuntimeExpressionKind.RequestBody, null, null, "/id")]
    [TestCase("$response.header.Location", RuntimeExpressionKind.ResponseHeader, null, "Location", null)]
    [TestCase("$response.body#/0/id", RuntimeExpressionKind.ResponseBody, null, null, "/0/id")]
    [TestCase("$inputs.runId", RuntimeExpressionKind.Inputs, null, "runId", null)]
    [TestCase("$inputs.holder#/address/city", RuntimeExpressionKind.Inputs, null, "holder", "/address/city")]
    [TestCase("$outputs.contractId", RuntimeExpressionKind.Outputs, null, "contractId", null)]
    [TestCase("$steps.create.outputs.contractId", RuntimeExpressionKind.StepOutputs, "create", "contractId", null)]
    [TestCase("$steps.create.outputs.contract#/fileIds/0", RuntimeExpressionKind.StepOutputs, "create", "contract", "/fileIds/0")]
    [TestCase("$steps.create.outputs.a.b", RuntimeExpressionKind.StepOutputs, "create", "a.b", null)]
    [TestCase("$workflows.sync.inputs.since", RuntimeExpressionKind.WorkflowInputs, "sync", "since", null)]
    [TestCase("$workflows.sync.outputs.ids", RuntimeExpressionKind.WorkflowOutputs, "sync", "ids", null)]
    [TestCase("$sourceDescriptions.finum.url", RuntimeExpressionKind.SourceDescriptionUrl, "finum", null, null)]
    [TestCase("$components.inputs.holder", RuntimeExpressionKind.ComponentInputs, null, "holder", null)]
    [TestCase("$components.parameters.idList", RuntimeExpressionKind.ComponentParameters, null, "idList", null)]
    public void TryParse_SupportedExpression_GivesItsParts(string text, RuntimeExpressionKind kind, string? owner, string? name, string? pointer)
    {
        var ok = RuntimeExpression.TryParse(text, out var expression, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(expression, Is.EqualTo(new RuntimeExpression(text, kind, owner, name, pointer)));
    }

    [TestCase("")]
    [TestCase("$")]
    [TestCase("statusCode")]
    [TestCase("$statuscode")]
    [TestCase("$statusCode#/x")]
    [TestCase("$url.x")]
    [TestCase("$request")]
    [TestCase("$request.header")]
    [TestCase("$request.header.")]
    [TestCase("$response.query.x")]
    [TestCase("$response.path.x")]
    [TestCase("$response.bodyx")]
    [TestCase("$response.body#id")]
    [TestCase("$inputs")]
    [TestCase("$inputs.")]
    [TestCase("$steps.create")]
    [TestCase("$steps.create.output.x")]
    [TestCase("$steps..outputs.x")]
    [TestCase("$workflows.a.things.x")]
    [TestCase("$sourceDescriptions.finum")]
    [TestCase("$sourceDescriptions.finum.url#/x")]
    [TestCase("$components.schemas.x")]
    [TestCase("$unknown.x")]
    public void TryParse_MalformedExpression_FailsWithMessage(string text)
    {
        var ok = RuntimeExpression.TryParse(text, out var expression, out var error);

        Assert.That(ok, Is.False);
        Assert.That(expression, Is.Null);
        Assert.That(error, Is.Not.Empty);
    }
}
