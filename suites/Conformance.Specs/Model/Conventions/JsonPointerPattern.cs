using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// RFC 6901 JSON pointers in which a token <c>*</c> stands for every item of an array or every member
/// of an object, e.g. <c>/error/*/httpStatus</c>. <c>""</c> selects the root. A pointer whose tokens
/// do not exist selects nothing; a JSON <c>null</c> member counts as present.
/// </summary>
public static class JsonPointerPattern
{
    public static IEnumerable<JsonNode?> Select(JsonNode? root, string pattern) => Matches(root, pattern).Select(m => m.Node);

    /// <summary>Each selected node with the concrete pointer where it was found, in document order.</summary>
    public static IReadOnlyList<(string Pointer, JsonNode? Node)> Matches(JsonNode? root, string pattern)
    {
        List<(string Pointer, JsonNode? Node)> current = root is null ? [] : [(string.Empty, root)];
        foreach (var token in JsonPointer.Split(pattern))
        {
            current = [.. current.SelectMany(m => Step(m.Pointer, m.Node, token))];
        }

        return current;
    }

    /// <summary>True when the pattern is a pointer (empty, or starting with <c>/</c>).</summary>
    public static bool IsValid(string pattern) => pattern.Length == 0 || pattern.StartsWith('/');

    private static IEnumerable<(string, JsonNode?)> Step(string at, JsonNode? node, string token) => node switch
    {
        JsonArray array when token == "*" => array.Select((item, i) => (JsonPointer.Append(at, i), item)),
        JsonObject obj when token == "*" => obj.Select(p => (JsonPointer.Append(at, p.Key), p.Value)),
        JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => [(JsonPointer.Append(at, i), array[i])],
        JsonObject obj when obj.TryGetPropertyValue(token, out var member) => [(JsonPointer.Append(at, token), member)],
        _ => [],
    };
}
