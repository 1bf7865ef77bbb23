using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Json.Schema.Keywords;

namespace Conformance.Specs.Validation;

/// <summary><c>patternProperties</c> whose names are ECMA-262 patterns (see <see cref="EcmaPattern"/>).</summary>
internal sealed class EcmaPatternPropertiesKeyword : PatternPropertiesKeyword
{
    public static EcmaPatternPropertiesKeyword Shared { get; } = new();

    public override object? ValidateKeywordValue(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new JsonSchemaException($"'{Name}' must be an object, found {value.ValueKind}.");
        }

        var regexes = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
            {
                throw new JsonSchemaException($"'{Name}/{member.Name}' is not a schema.");
            }

            regexes[member.Name] = EcmaPatternKeyword.Compile(member.Name);
        }

        return regexes;
    }
}
