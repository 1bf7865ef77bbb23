using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Specs.Validation;

/// <summary>Reads a <c>type</c> keyword into <see cref="FastTypes"/> and matches instances against it.</summary>
internal static class FastTypesOf
{
    public static FastTypes Read(JsonNode? type)
    {
        if (type is JsonArray names)
        {
            var all = FastTypes.Unknown;
            foreach (var name in names)
            {
                all |= One(name);
            }

            return all;
        }

        return One(type) | FastTypes.Unknown;
    }

    public static bool Matches(FastTypes types, JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.String => (types & FastTypes.String) != 0,
        JsonValueKind.Object => (types & FastTypes.Object) != 0,
        JsonValueKind.Array => (types & FastTypes.Array) != 0,
        JsonValueKind.True or JsonValueKind.False => (types & FastTypes.Boolean) != 0,
        JsonValueKind.Null => (types & FastTypes.Null) != 0,
        JsonValueKind.Number => (types & FastTypes.Number) != 0
            || ((types & FastTypes.Integer) != 0 && instance.TryGetDecimal(out var d) && decimal.Truncate(d) == d),
        _ => false,
    };

    private static FastTypes One(JsonNode? type) =>
        (type is JsonValue v && v.TryGetValue<string>(out var name) ? name : null) switch
        {
            "string" => FastTypes.String,
            "object" => FastTypes.Object,
            "array" => FastTypes.Array,
            "boolean" => FastTypes.Boolean,
            "null" => FastTypes.Null,
            "number" => FastTypes.Number,
            "integer" => FastTypes.Integer,
            _ => FastTypes.None,
        };
}
