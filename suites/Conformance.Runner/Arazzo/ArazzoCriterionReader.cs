using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// Reads and compiles criteria (Arazzo 1.0.1 §4.6.15): simple conditions, regex (1 s match
/// timeout) and JSONPath; a <c>type</c> may also be an expression-type object.
/// </summary>
internal sealed class ArazzoCriterionReader(ArazzoReadContext context)
{
    public ArazzoCriterion? Read(JsonNode? node, string pointer)
    {
        if (context.Object(node, pointer, "a criterion") is not { } obj || context.String(obj, "condition", pointer, required: true) is not { } text)
        {
            return null;
        }

        var typeNode = obj["type"];
        var type = typeNode switch
        {
            null => "simple",
            JsonObject t => context.String(t, "type", $"{pointer}/type") ?? "simple",
            _ => context.String(obj, "type", pointer) ?? "simple",
        };
        var contextText = context.String(obj, "context", pointer);
        RuntimeExpression? contextExpression = null;
        if (contextText is not null && !RuntimeExpression.TryParse(contextText.Trim(), out contextExpression, out var ctxError))
        {
            context.Error($"{pointer}/context", ctxError!);
        }

        switch (type)
        {
            case "simple":
                if (!Condition.TryParse(text, out var condition, out var error))
                {
                    context.Error($"{pointer}/condition", error!);
                    return null;
                }

                return new ArazzoCriterion { ConditionText = text, Type = CriterionType.Simple, Context = contextExpression, Simple = condition };
            case "regex":
                if (contextText is null)
                {
                    context.Error(pointer, "a regex criterion needs 'context'");
                }

                try
                {
                    var regex = new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    return new ArazzoCriterion { ConditionText = text, Type = CriterionType.Regex, Context = contextExpression, Pattern = regex };
                }
                catch (ArgumentException e)
                {
                    context.Error($"{pointer}/condition", $"not a valid regular expression: {e.Message}");
                    return null;
                }

            case "jsonpath":
                if (contextText is null)
                {
                    context.Error(pointer, "a jsonpath criterion needs 'context'");
                }

                if (!JsonPathQuery.TryParse(text, out var query, out var pathError))
                {
                    context.Error($"{pointer}/condition", pathError!);
                    return null;
                }

                return new ArazzoCriterion { ConditionText = text, Type = CriterionType.JsonPath, Context = contextExpression, Query = query };
            default:
                context.Error($"{pointer}/type", $"criterion type '{type}' is not supported (simple, regex, jsonpath)");
                return null;
        }
    }
}
