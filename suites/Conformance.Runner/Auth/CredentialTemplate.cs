using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Auth;

/// <summary>
/// <c>{$credentials.NAME}</c> placeholders in a token request body. Deliberately not the runtime
/// expression language: credentials are not in any step's scope, so they cannot leak into outputs.
/// </summary>
internal static partial class CredentialTemplate
{
    [GeneratedRegex(@"\{\$credentials\.(?<name>[A-Za-z0-9_.-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    public static IEnumerable<string> Names(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Names(p.Value)),
        JsonArray array => array.SelectMany(Names),
        JsonValue value when value.TryGetValue<string>(out var text) => Placeholder().Matches(text).Select(m => m.Groups["name"].Value),
        _ => [],
    };

    /// <summary>A copy of <paramref name="node"/> with every placeholder replaced.</summary>
    public static JsonNode? Fill(JsonNode? node, IReadOnlyDictionary<string, string> values) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Fill(p.Value, values)))),
        JsonArray array => new JsonArray([.. array.Select(i => Fill(i, values))]),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            JsonValue.Create(Placeholder().Replace(text, m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : string.Empty)),
        _ => node?.DeepClone(),
    };
}
