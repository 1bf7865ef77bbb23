namespace Conformance.Runner.Expressions;

/// <summary>
/// A parsed simple condition (Arazzo 1.0.1 §4.6.15 "Criterion Object", type <c>simple</c>).
/// Comparisons involving an undefined operand are false, except <c>!=</c>, which is true. Two
/// strings compare case-insensitively, as the specification requires (Arazzo 1.0.1 §4.6.15: "String
/// comparisons MUST be case insensitive"); an exact match is written as a <c>regex</c> criterion.
/// </summary>
public sealed class Condition
{
    private readonly Func<ExpressionScope, ExpressionResult> evaluate;

    internal Condition(string text, Func<ExpressionScope, ExpressionResult> evaluate, IReadOnlyList<RuntimeExpression> expressions)
    {
        Text = text;
        this.evaluate = evaluate;
        Expressions = expressions;
    }

    public string Text { get; }

    /// <summary>The runtime expressions used as operands, in order of appearance.</summary>
    public IReadOnlyList<RuntimeExpression> Expressions { get; }

    public bool IsSatisfied(ExpressionScope scope) => JsonValues.IsTruthy(evaluate(scope));

    public static bool TryParse(string text, out Condition? condition, out string? error) =>
        ConditionParser.TryParse(text, out condition, out error);

    public override string ToString() => Text;
}
