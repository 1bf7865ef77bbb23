using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>Evaluates Arazzo criteria (all must hold). Regex matching is bounded by a 1 s timeout.</summary>
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
                var root = criterion.Context is null ? default : ExpressionEvaluator.Evaluate(criterion.Context, scope);
                return root.IsDefined && criterion.Query!.Select(root.Value).Count > 0
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
