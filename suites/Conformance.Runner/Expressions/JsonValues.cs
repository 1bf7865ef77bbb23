using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Expressions;

/// <summary>
/// Comparison rules shared by conditions and JSONPath filters: numbers compare numerically, and
/// a string that reads as a number compares numerically with a number (headers and path values
/// are text); two strings compare by the given <see cref="StringComparison"/> (Arazzo 1.0.1 simple
/// conditions: case-insensitive; RFC 9535 filters: ordinal); other values compare by JSON equality.
/// </summary>
public static class JsonValues
{
    public static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        return value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out number)
            || value.GetValueKind() == JsonValueKind.Number && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static bool TryGetString(JsonNode? node, out string text)
    {
        text = string.Empty;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            text = value.GetValue<string>();
            return true;
        }

        return false;
    }

    /// <summary>Text form for URLs, headers and templates: strings raw, null empty, others as JSON.</summary>
    public static string ToText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when TryGetString(v, out var s) => s,
        _ => node.ToJsonString(),
    };

    public static bool AreEqual(JsonNode? left, JsonNode? right, StringComparison strings = StringComparison.Ordinal)
    {
        if (TryNumbers(left, right, out var a, out var b))
        {
            return a.Equals(b);
        }

        if (TryGetString(left, out var x) && TryGetString(right, out var y))
        {
            return string.Equals(x, y, strings);
        }

        return JsonNode.DeepEquals(left, right);
    }

    /// <summary>Orders two values; null when they are not comparable (e.g. an object and a number).</summary>
    public static int? Compare(JsonNode? left, JsonNode? right, StringComparison strings = StringComparison.Ordinal)
    {
        if (TryNumbers(left, right, out var a, out var b))
        {
            return a.CompareTo(b);
        }

        if (TryGetString(left, out var x) && TryGetString(right, out var y))
        {
            return string.Compare(x, y, strings);
        }

        return null;
    }

    /// <summary>True for <c>true</c>, and for any defined value other than <c>null</c> and <c>false</c>.</summary>
    public static bool IsTruthy(ExpressionResult result) => result.IsDefined && result.Value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        _ => true,
    };

    private static bool TryNumbers(JsonNode? left, JsonNode? right, out double a, out double b)
    {
        b = 0;
        if (TryGetNumber(left, out a))
        {
            return TryGetNumber(right, out b) || TryGetString(right, out var s) && TryParse(s, out b);
        }

        return TryGetNumber(right, out b) && TryGetString(left, out var t) && TryParse(t, out a);
    }

    private static bool TryParse(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
}
