using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// The value of an expression. <see cref="IsDefined"/> is false when the source does not exist
/// (no such header, step output or pointer target); a JSON <c>null</c> is defined with a null value.
/// </summary>
public readonly record struct ExpressionResult(bool IsDefined, JsonNode? Value)
{
    public static ExpressionResult Undefined => default;

    public static ExpressionResult Of(JsonNode? value) => new(true, value);
}
