using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Engine;

/// <summary>
/// Serialises parameter values as OpenAPI 3.1 §4.8.12.4 "Style Values" describes (RFC 6570
/// expansions): path <c>simple</c>/<c>label</c>/<c>matrix</c>, query <c>form</c>/<c>spaceDelimited</c>/
/// <c>pipeDelimited</c>/<c>deepObject</c>, header <c>simple</c>. Values are percent-encoded; the
/// delimiters the style adds are not. A string given for an array parameter is split on commas.
/// </summary>
public static class ParameterSerializer
{
    /// <summary>Query pairs (name and value already encoded), in order.</summary>
    public static IReadOnlyList<string> Query(string name, string style, bool explode, JsonNode? value)
    {
        var n = Encode(name);
        switch (value)
        {
            case JsonArray array:
                var items = array.Select(i => Encode(JsonValues.ToText(i))).ToList();
                if (explode && style is "form")
                {
                    return items.Select(i => $"{n}={i}").ToList();
                }

                var separator = style switch { "spaceDelimited" => "%20", "pipeDelimited" => "|", _ => "," };
                return [$"{n}={string.Join(separator, items)}"];
            case JsonObject obj:
                if (style == "deepObject")
                {
                    return obj.Select(p => $"{n}%5B{Encode(p.Key)}%5D={Encode(JsonValues.ToText(p.Value))}").ToList();
                }

                if (explode)
                {
                    return obj.Select(p => $"{Encode(p.Key)}={Encode(JsonValues.ToText(p.Value))}").ToList();
                }

                return [$"{n}={string.Join(",", obj.SelectMany(p => new[] { Encode(p.Key), Encode(JsonValues.ToText(p.Value)) }))}"];
            default:
                return [$"{n}={Encode(JsonValues.ToText(value))}"];
        }
    }

    /// <summary>The text that replaces <c>{name}</c> in the path.</summary>
    public static string Path(string name, string style, bool explode, JsonNode? value)
    {
        var parts = Parts(value, explode, "=");
        return style switch
        {
            "label" => "." + string.Join(explode ? "." : ",", parts),
            "matrix" when value is JsonArray && explode => string.Concat(parts.Select(p => $";{Encode(name)}={p}")),
            "matrix" when value is JsonObject && explode => string.Concat(parts.Select(p => $";{p}")),
            "matrix" => $";{Encode(name)}={string.Join(",", parts)}",
            _ => string.Join(",", parts),
        };
    }

    /// <summary>A header value (style simple; not percent-encoded, RFC 9110 §5.5).</summary>
    public static string Header(bool explode, JsonNode? value) => value switch
    {
        JsonArray array => string.Join(",", array.Select(JsonValues.ToText)),
        JsonObject obj => string.Join(",", obj.Select(p => explode ? $"{p.Key}={JsonValues.ToText(p.Value)}" : $"{p.Key},{JsonValues.ToText(p.Value)}")),
        _ => JsonValues.ToText(value),
    };

    /// <summary>Reads a value as the schema type expects: a comma-separated string for an array becomes an array.</summary>
    public static JsonNode? Shape(JsonNode? value, JsonNode? schema)
    {
        var type = (schema as JsonObject)?["type"];
        var isArray = type is JsonValue t && JsonValues.TryGetString(t, out var s) && s == "array"
            || type is JsonArray types && types.Any(x => JsonValues.ToText(x) == "array");
        if (isArray && JsonValues.TryGetString(value, out var text))
        {
            return new JsonArray(text.Split(',').Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
        }

        return value;
    }

    private static List<string> Parts(JsonNode? value, bool explode, string pairSeparator) => value switch
    {
        JsonArray array => array.Select(i => Encode(JsonValues.ToText(i))).ToList(),
        JsonObject obj when explode => obj.Select(p => $"{Encode(p.Key)}{pairSeparator}{Encode(JsonValues.ToText(p.Value))}").ToList(),
        JsonObject obj => obj.SelectMany(p => new[] { Encode(p.Key), Encode(JsonValues.ToText(p.Value)) }).ToList(),
        _ => [Encode(JsonValues.ToText(value))],
    };

    private static string Encode(string text) => Uri.EscapeDataString(text);
}
