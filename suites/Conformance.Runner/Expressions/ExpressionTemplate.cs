using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// Values written in flow files: a string that is exactly one runtime expression takes that
/// expression's value with its JSON type; a string embedding <c>{$…}</c> is rendered as text;
/// anything else is a literal.
/// </summary>
public static class ExpressionTemplate
{
    /// <summary>Evaluates a value of a flow file; objects and arrays are evaluated member by member.</summary>
    public static JsonNode? EvaluateValue(JsonNode? value, ExpressionScope scope, ICollection<string> problems)
    {
        switch (value)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, member) in obj)
                {
                    copy[key] = EvaluateValue(member, scope, problems);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(EvaluateValue(item, scope, problems));
                }

                return items;
            case JsonValue v when JsonValues.TryGetString(v, out var text):
                return EvaluateString(text, scope, problems);
            default:
                return value?.DeepClone();
        }
    }

    public static JsonNode? EvaluateString(string text, ExpressionScope scope, ICollection<string> problems)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('$') && RuntimeExpression.TryParse(trimmed, out var expression, out _))
        {
            var result = ExpressionEvaluator.Evaluate(expression!, scope);
            if (!result.IsDefined)
            {
                problems.Add($"{trimmed} has no value");
            }

            return result.Value?.DeepClone();
        }

        return text.Contains("{$", StringComparison.Ordinal) ? JsonValue.Create(Render(text, scope, problems)) : JsonValue.Create(text);
    }

    /// <summary>Replaces every <c>{$…}</c> with the text of its value; undefined values render empty and are reported.</summary>
    public static string Render(string text, ExpressionScope scope, ICollection<string> problems)
    {
        var builder = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var start = text.IndexOf("{$", index, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (start < 0 || end < 0)
            {
                builder.Append(text, index, text.Length - index);
                break;
            }

            builder.Append(text, index, start - index);
            var inner = text[(start + 1)..end];
            if (RuntimeExpression.TryParse(inner, out var expression, out var error))
            {
                var result = ExpressionEvaluator.Evaluate(expression!, scope);
                if (!result.IsDefined)
                {
                    problems.Add($"{inner} has no value");
                }

                builder.Append(JsonValues.ToText(result.Value));
            }
            else
            {
                problems.Add(error!);
            }

            index = end + 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every expression in a value (bare or embedded), with parse errors, for load-time checking.
    /// </summary>
    public static void Collect(JsonNode? value, ICollection<RuntimeExpression> expressions, ICollection<string> errors)
    {
        switch (value)
        {
            case JsonObject obj:
                foreach (var (_, member) in obj)
                {
                    Collect(member, expressions, errors);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, expressions, errors);
                }

                break;
            case JsonValue v when JsonValues.TryGetString(v, out var text):
                CollectString(text, expressions, errors);
                break;
        }
    }

    public static void CollectString(string text, ICollection<RuntimeExpression> expressions, ICollection<string> errors)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('$'))
        {
            if (RuntimeExpression.TryParse(trimmed, out var whole, out var error))
            {
                expressions.Add(whole!);
            }
            else
            {
                errors.Add(error!);
            }

            return;
        }

        var index = 0;
        while ((index = text.IndexOf("{$", index, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf('}', index);
            if (end < 0)
            {
                errors.Add($"'{text}': '{{$' without a closing '}}'");
                return;
            }

            if (RuntimeExpression.TryParse(text[(index + 1)..end], out var expression, out var error))
            {
                expressions.Add(expression!);
            }
            else
            {
                errors.Add(error!);
            }

            index = end + 1;
        }
    }
}
