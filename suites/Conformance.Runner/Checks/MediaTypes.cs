namespace Conformance.Runner.Checks;

/// <summary>Media type helpers (RFC 9110 §8.3.1).</summary>
public static class MediaTypes
{
    /// <summary>The type/subtype without parameters, lower-case.</summary>
    public static string? Essence(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    /// <summary>True when <paramref name="actual"/> is covered by a documented key (<c>*/*</c> and <c>type/*</c> ranges allowed).</summary>
    public static bool Matches(string documented, string actual)
    {
        var key = Essence(documented) ?? string.Empty;
        return key == "*/*" || key == actual || key.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(key[..^1], StringComparison.Ordinal);
    }

    public static bool IsJson(string? mediaType) =>
        mediaType is not null && (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal));
}
