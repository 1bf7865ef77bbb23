using System.Text.RegularExpressions;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// A criterion, parsed at load: <see cref="Simple"/> for simple conditions, <see cref="Pattern"/>
/// for regex, <see cref="Query"/> for JSONPath; <see cref="Context"/> is the expression the regex
/// or JSONPath applies to.
/// </summary>
public sealed record ArazzoCriterion
{
    public required string ConditionText { get; init; }
    public required CriterionType Type { get; init; }
    public RuntimeExpression? Context { get; init; }
    public Condition? Simple { get; init; }
    public Regex? Pattern { get; init; }
    public JsonPathQuery? Query { get; init; }

    public override string ToString() => Context is null ? ConditionText : $"{Context} ~ {ConditionText}";
}
