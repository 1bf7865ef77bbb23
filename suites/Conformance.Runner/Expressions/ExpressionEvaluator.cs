using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>Reads the value of one runtime expression from a scope. Never throws for missing data.</summary>
public static class ExpressionEvaluator
{
    public static ExpressionResult Evaluate(RuntimeExpression expression, ExpressionScope scope)
    {
        var whole = expression.Kind switch
        {
            RuntimeExpressionKind.Url => Text(scope.Url),
            RuntimeExpressionKind.Method => Text(scope.Method),
            RuntimeExpressionKind.StatusCode => scope.StatusCode is { } code ? ExpressionResult.Of(JsonValue.Create(code)) : ExpressionResult.Undefined,
            RuntimeExpressionKind.RequestHeader => Lookup(scope.Request.Headers, expression.Name),
            RuntimeExpressionKind.RequestQuery => Lookup(scope.Request.Query, expression.Name),
            RuntimeExpressionKind.RequestPath => Lookup(scope.Request.Path, expression.Name),
            RuntimeExpressionKind.RequestBody => Body(scope.Request),
            RuntimeExpressionKind.ResponseHeader => Lookup(scope.Response.Headers, expression.Name),
            RuntimeExpressionKind.ResponseBody => Body(scope.Response),
            RuntimeExpressionKind.Inputs => Lookup(scope.Inputs, expression.Name),
            RuntimeExpressionKind.Outputs => Lookup(scope.Outputs, expression.Name),
            RuntimeExpressionKind.StepOutputs => scope.Steps.TryGetValue(expression.Owner!, out var outputs)
                ? Lookup(outputs, expression.Name)
                : ExpressionResult.Undefined,
            RuntimeExpressionKind.WorkflowInputs => scope.Workflows.TryGetValue(expression.Owner!, out var wi)
                ? Lookup(wi.Inputs, expression.Name)
                : ExpressionResult.Undefined,
            RuntimeExpressionKind.WorkflowOutputs => scope.Workflows.TryGetValue(expression.Owner!, out var wo)
                ? Lookup(wo.Outputs, expression.Name)
                : ExpressionResult.Undefined,
            RuntimeExpressionKind.SourceDescriptionUrl => Lookup(scope.SourceDescriptionUrls, expression.Owner),
            RuntimeExpressionKind.ComponentInputs => Lookup(scope.ComponentInputs, expression.Name),
            RuntimeExpressionKind.ComponentParameters => Lookup(scope.ComponentParameters, expression.Name),
            _ => ExpressionResult.Undefined,
        };

        if (expression.Pointer is null || !whole.IsDefined)
        {
            return whole;
        }

        return JsonPointer.Resolve(whole.Value, expression.Pointer);
    }

    private static ExpressionResult Text(string? value) =>
        value is null ? ExpressionResult.Undefined : ExpressionResult.Of(JsonValue.Create(value));

    private static ExpressionResult Lookup(IReadOnlyDictionary<string, string> values, string? name) =>
        name is not null && values.TryGetValue(name, out var value) ? ExpressionResult.Of(JsonValue.Create(value)) : ExpressionResult.Undefined;

    private static ExpressionResult Lookup(IReadOnlyDictionary<string, JsonNode?> values, string? name) =>
        name is not null && values.TryGetValue(name, out var value) ? ExpressionResult.Of(value) : ExpressionResult.Undefined;

    private static ExpressionResult Body(MessageView message)
    {
        if (message.Body is not null)
        {
            return ExpressionResult.Of(message.Body);
        }

        return message.BodyText is null ? ExpressionResult.Undefined : ExpressionResult.Of(JsonValue.Create(message.BodyText));
    }
}
