using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// RFC 6901 JSON pointers over <see cref="JsonNode"/> for runtime expressions: stricter than the
/// spec layer's (<see cref="Specs.Json.JsonPointer"/>, whose escaping it shares) — no <c>#</c>
/// fragment form, no leading zeros in array indexes — and able to set values for replacements.
/// </summary>
public static class JsonPointer
{
    /// <summary>Resolves <paramref name="pointer"/> ("" is the whole document).</summary>
    public static ExpressionResult Resolve(JsonNode? root, string pointer)
    {
        if (pointer.Length == 0)
        {
            return ExpressionResult.Of(root);
        }

        if (pointer[0] != '/')
        {
            return ExpressionResult.Undefined;
        }

        var current = root;
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = Unescape(raw);
            switch (current)
            {
                case JsonObject obj when obj.TryGetPropertyValue(token, out var child):
                    current = child;
                    break;
                case JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count
                    && (token == "0" || token[0] != '0'):
                    current = array[index];
                    break;
                default:
                    return ExpressionResult.Undefined;
            }
        }

        return ExpressionResult.Of(current);
    }

    public static string Escape(string token) => Specs.Json.JsonPointer.Escape(token);

    public static string Unescape(string token) => Specs.Json.JsonPointer.Unescape(token);

    /// <summary>
    /// Sets the value at <paramref name="pointer"/>, creating nothing but the last member; returns
    /// false when the parent does not exist. "-" appends to an array (RFC 6902 §4.1).
    /// </summary>
    public static bool TrySet(ref JsonNode? root, string pointer, JsonNode? value)
    {
        if (pointer.Length == 0)
        {
            root = value;
            return true;
        }

        var cut = pointer.LastIndexOf('/');
        if (cut < 0)
        {
            return false;
        }

        var parent = Resolve(root, pointer[..cut]);
        var last = Unescape(pointer[(cut + 1)..]);
        switch (parent.Value)
        {
            case JsonObject obj when parent.IsDefined:
                obj[last] = value;
                return true;
            case JsonArray array when parent.IsDefined && last == "-":
                array.Add(value);
                return true;
            case JsonArray array when parent.IsDefined && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count:
                array[i] = value;
                return true;
            default:
                return false;
        }
    }
}
