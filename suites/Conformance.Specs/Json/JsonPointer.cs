using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Specs.Json;

/// <summary>
/// RFC 6901 JSON pointers. A pointer is written without the leading <c>#</c> (<c>/paths/~1contract</c>);
/// methods that take a pointer also accept the URI-fragment form (<c>#/paths/~1contract</c>).
/// </summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c>, <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string token) =>
        token.Contains('~', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal)
            ? token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : token;

    public static string Unescape(string token) =>
        token.Contains('~', StringComparison.Ordinal)
            ? token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            : token;

    /// <summary>Appends escaped tokens to a pointer.</summary>
    public static string Append(string pointer, params string[] tokens)
    {
        var builder = new StringBuilder(pointer);
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }

    public static string Append(string pointer, int index) => $"{pointer}/{index}";

    /// <summary>Strips a leading <c>#</c> and percent-decodes the fragment form.</summary>
    public static string Normalize(string pointer)
    {
        if (pointer.StartsWith('#'))
        {
            var fragment = pointer[1..];
            return fragment.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(fragment) : fragment;
        }

        return pointer;
    }

    /// <summary>The unescaped reference tokens of a pointer; empty for the whole document.</summary>
    public static IReadOnlyList<string> Split(string pointer)
    {
        var normalized = Normalize(pointer);
        if (normalized.Length == 0)
        {
            return [];
        }

        var parts = normalized.Split('/');
        return [.. parts.Skip(parts[0].Length == 0 ? 1 : 0).Select(Unescape)];
    }

    /// <summary>Resolves a pointer; false when any token is missing (a present JSON null resolves to null).</summary>
    public static bool TryResolve(JsonNode? root, string pointer, out JsonNode? node)
    {
        node = root;
        foreach (var token in Split(pointer))
        {
            switch (node)
            {
                case JsonObject obj when obj.TryGetPropertyValue(token, out var child):
                    node = child;
                    break;
                case JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, null, out var index) && index < array.Count:
                    node = array[index];
                    break;
                default:
                    node = null;
                    return false;
            }
        }

        return true;
    }

    /// <summary>The node at a pointer, or null when it is missing or JSON null.</summary>
    public static JsonNode? Resolve(JsonNode? root, string pointer) => TryResolve(root, pointer, out var node) ? node : null;
}
