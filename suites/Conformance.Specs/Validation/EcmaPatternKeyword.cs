using System.Text.Json;
using Json.Schema;
using Json.Schema.Keywords;

namespace Conformance.Specs.Validation;

/// <summary><c>pattern</c> with ECMA-262 semantics (see <see cref="EcmaPattern"/>).</summary>
internal sealed class EcmaPatternKeyword : PatternKeyword
{
    public static EcmaPatternKeyword Shared { get; } = new();

    public override object? ValidateKeywordValue(JsonElement value)
    {
        if (value.ValueKind is not JsonValueKind.String)
        {
            throw new JsonSchemaException($"'{Name}' must be a string, found {value.ValueKind}.");
        }

        return Compile(value.GetString()!);
    }

    internal static System.Text.RegularExpressions.Regex Compile(string pattern)
    {
        try
        {
            return EcmaPattern.Compile(pattern);
        }
        catch (ArgumentException ex)
        {
            throw new JsonSchemaException($"'{pattern}' is not a regular expression: {ex.Message}");
        }
    }
}
