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
    public static IEnumerable<JsonNode?> Select(JsonNode? root, string pattern)
    {
        IEnumerable<JsonNode?> current = root is null ? [] : [root];
        foreach (var token in JsonPointer.Split(pattern))
        {
            current = current.SelectMany(node => Step(node, token)).ToList();
        }

        return current;
    }

    /// <summary>True when the pattern is a pointer (empty, or starting with <c>/</c>).</summary>
    public static bool IsValid(string pattern) => pattern.Length == 0 || pattern.StartsWith('/');

    private static IEnumerable<JsonNode?> Step(JsonNode? node, string token) => node switch
    {
        JsonArray array when token == "*" => array,
        JsonObject obj when token == "*" => obj.Select(p => p.Value),
        JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count => [array[i]],
        JsonObject obj when obj.TryGetPropertyValue(token, out var member) => [member],
        _ => [],
    };
}
