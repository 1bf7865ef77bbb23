namespace Conformance.Specs.Model.Building;

/// <summary>Splits paths into segments; the root path <c>/</c> has no segments.</summary>
internal static class PathSegments
{
    public static string[] Split(string path)
    {
        var trimmed = path.StartsWith('/') ? path[1..] : path;
        return trimmed.Length == 0 ? [] : trimmed.Split('/');
    }

    /// <summary>Percent-decodes each segment after splitting, so an encoded <c>%2F</c> stays inside its segment.</summary>
    public static string[] SplitDecoded(string path) => [.. Split(path).Select(Uri.UnescapeDataString)];
}
