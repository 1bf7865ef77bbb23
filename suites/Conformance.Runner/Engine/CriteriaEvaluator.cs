using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>
/// Evaluates Arazzo criteria (all must hold). Regex matching is bounded by a 1 s timeout. A
/// <c>jsonpath</c> criterion holds when its query selects at least one node from a root that holds the
/// context value as its only element, so a filter at the root tests the context itself, as in the
/// specification's own example (Arazzo 1.0.1 §4.6.15: context <c>$response.body</c>, condition
/// <c>$[?count(@.pets) &gt; 0]</c>).
/// </summary>
public static class CriteriaEvaluator
{
    /// <summary>The criteria that do not hold, with why; empty when all hold.</summary>
    public static IReadOnlyList<string> Failed(IEnumerable<ArazzoCriterion> criteria, ExpressionScope scope) =>
        criteria.Select(c => Check(c, scope)).OfType<string>().ToList();

    public static bool AllHold(IEnumerable<ArazzoCriterion> criteria, ExpressionScope scope) => Failed(criteria, scope).Count == 0;

    private static string? Check(ArazzoCriterion criterion, ExpressionScope scope)
    {
        switch (criterion.Type)
        {
            case CriterionType.Simple:
                return criterion.Simple!.IsSatisfied(scope) ? null : $"'{criterion.ConditionText}' is false{Describe(criterion.Simple.Expressions, scope)}";
            case CriterionType.Regex:
                var text = Context(criterion, scope);
                try
                {
                    return text is not null && criterion.Pattern!.IsMatch(text) ? null : $"{criterion.Context} = '{Short(text)}' does not match /{criterion.ConditionText}/";
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    return $"/{criterion.ConditionText}/ took too long to match";
                }

            default:
                var context = criterion.Context is null ? default : ExpressionEvaluator.Evaluate(criterion.Context, scope);
                return context.IsDefined && criterion.Query!.Select(new System.Text.Json.Nodes.JsonArray(context.Value?.DeepClone())).Count > 0
                    ? null
                    : $"JSONPath {criterion.ConditionText} selects nothing in {criterion.Context}";
        }
    }

    private static string? Context(ArazzoCriterion criterion, ExpressionScope scope)
    {
        var result = criterion.Context is null ? default : ExpressionEvaluator.Evaluate(criterion.Context, scope);
        return result.IsDefined ? JsonValues.ToText(result.Value) : null;
    }

    private static string Describe(IReadOnlyList<RuntimeExpression> expressions, ExpressionScope scope)
    {
        if (expressions.Count == 0)
        {
            return string.Empty;
        }

        var values = expressions.Select(e => ExpressionEvaluator.Evaluate(e, scope) is { IsDefined: true } r
            ? $"{e.Text} = {Short(r.Value?.ToJsonString() ?? "null")}"
            : $"{e.Text} has no value");
        return $" ({string.Join("; ", values)})";
    }

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 200 ? text : text[..200] + "…";
}
