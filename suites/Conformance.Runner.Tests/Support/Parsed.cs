using Conformance.Runner.Expressions;

namespace Conformance.Runner.Tests.Support;

/// <summary>Parses test inputs that are known to be valid; a parse failure fails the test.</summary>
public static class Parsed
{
    public static RuntimeExpression Expression(string text) =>
        RuntimeExpression.TryParse(text, out var e, out var error) ? e! : throw new AssertionException(error ?? text);

    public static Condition Condition(string text) =>
        Runner.Expressions.Condition.TryParse(text, out var c, out var error) ? c! : throw new AssertionException(error ?? text);

    public static JsonPathQuery Query(string text) =>
        JsonPathQuery.TryParse(text, out var q, out var error) ? q! : throw new AssertionException(error ?? text);
}
