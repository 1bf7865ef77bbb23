using System.Text.Json;

namespace Conformance.Mock.WireMock;

/// <summary>
/// Refuses WireMock.Net mapping JSON whose request would match every request: such a stub hides the
/// whole reference provider behind one canned answer, which is never what a consumer means. A
/// request narrows when it has a path or url that is not a match-all pattern, or any headers,
/// params, cookies, body or client IP; methods alone do not narrow.
/// </summary>
public static class StubMappingCheck
{
    private static readonly HashSet<string> MatchAllPatterns = new(StringComparer.Ordinal)
    {
        "", "*", "/*", "/**", "*/*", ".*", ".+", "^.*", "^.*$", ".*$", "/.*", "^/.*", "^/.*$", "^/", "/",
    };

    private static readonly string[] NarrowingMembers = ["Headers", "Params", "Cookies", "Body", "ClientIP"];

    /// <summary>Null when every mapping in <paramref name="json"/> (one object or an array) narrows, else why not.</summary>
    public static string? Problem(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return "The mapping is not JSON: " + ex.Message;
        }

        using (document)
        {
            var root = document.RootElement;
            var mappings = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            for (var i = 0; i < mappings.Count; i++)
            {
                if (mappings[i].ValueKind == JsonValueKind.Object && MatchesEverything(mappings[i]))
                {
                    var where = mappings.Count > 1 ? $"Mapping {i + 1}" : "The mapping";
                    return $"{where} matches every request and would hide the reference provider: give its Request a Path or Url, "
                        + "Headers, Params, Cookies or a Body to match.";
                }
            }
        }

        return null;
    }

    private static bool MatchesEverything(JsonElement mapping)
    {
        if (Member(mapping, "Request") is not { ValueKind: JsonValueKind.Object } request)
        {
            return true;
        }

        if (Narrows(Member(request, "Path")) || Narrows(Member(request, "Url")))
        {
            return false;
        }

        return !NarrowingMembers.Any(name => Member(request, name) is { } value && !IsEmpty(value));
    }

    private static bool Narrows(JsonElement? pattern) => pattern switch
    {
        null => false,
        { ValueKind: JsonValueKind.String } text => !MatchAllPatterns.Contains(text.GetString()!.Trim()),
        { ValueKind: JsonValueKind.Object } model => Member(model, "Matchers") is { ValueKind: JsonValueKind.Array } matchers
            && matchers.EnumerateArray().Any(NarrowingMatcher),
        _ => false,
    };

    private static bool NarrowingMatcher(JsonElement matcher)
    {
        if (Member(matcher, "RejectOnMatch") is { ValueKind: JsonValueKind.True })
        {
            return true;
        }

        var patterns = new List<string>();
        if (Member(matcher, "Pattern") is { ValueKind: JsonValueKind.String } one)
        {
            patterns.Add(one.GetString()!);
        }

        if (Member(matcher, "Patterns") is { ValueKind: JsonValueKind.Array } many)
        {
            patterns.AddRange(many.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!));
        }

        return patterns.Count > 0 && patterns.All(p => !MatchAllPatterns.Contains(p.Trim()));
    }

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        JsonValueKind.Object => !value.EnumerateObject().Any(),
        _ => false,
    };

    /// <summary>WireMock.Net reads its models case-insensitively, so this check does too.</summary>
    private static JsonElement? Member(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
