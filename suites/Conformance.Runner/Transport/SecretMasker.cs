using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Transport;

/// <summary>
/// Masks secrets before anything is recorded: the values of <c>Authorization</c>,
/// <c>Proxy-Authorization</c>, <c>Cookie</c>, <c>Set-Cookie</c> and <c>X-…-Token</c>/<c>X-…-Key</c>
/// headers (the auth scheme is kept, e.g. <c>Bearer ***</c>), and JSON members whose names contain
/// password, secret, token or key (case-insensitive).
/// </summary>
public static class SecretMasker
{
    public const string Mask = "***";
    private static readonly string[] SecretWords = ["password", "secret", "token", "key"];

    public static bool IsSecretHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-", StringComparison.OrdinalIgnoreCase)
            && (name.EndsWith("-Token", StringComparison.OrdinalIgnoreCase) || name.EndsWith("-Key", StringComparison.OrdinalIgnoreCase));

    public static bool IsSecretField(string name) => SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    public static string MaskHeaderValue(string name, string value)
    {
        if (!IsSecretHeader(name))
        {
            return value;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return name.Contains("Authorization", StringComparison.OrdinalIgnoreCase) && space > 0 ? $"{value[..space]} {Mask}" : Mask;
    }

    public static IReadOnlyList<KeyValuePair<string, string>> MaskHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key, MaskHeaderValue(h.Key, h.Value))).ToList();

    /// <summary>Masks secret members of a JSON body; text that is not JSON is returned as is.</summary>
    public static string? MaskBody(string? body)
    {
        if (string.IsNullOrEmpty(body) || body.AsSpan().TrimStart() is not ['{' or '[', ..])
        {
            return body;
        }

        try
        {
            var node = JsonNode.Parse(body);
            return MaskNode(node) ? node!.ToJsonString() : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    /// <summary>Masks in place; true when something was masked.</summary>
    public static bool MaskNode(JsonNode? node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecretField(name) && obj[name] is JsonValue)
                    {
                        obj[name] = Mask;
                        changed = true;
                    }
                    else
                    {
                        changed |= MaskNode(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    changed |= MaskNode(item);
                }

                break;
        }

        return changed;
    }
}
