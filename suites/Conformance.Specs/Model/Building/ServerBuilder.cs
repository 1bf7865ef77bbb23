using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>Reads <c>servers</c> and derives the base path.</summary>
internal static partial class ServerBuilder
{
    public static IReadOnlyList<SpecServer> Servers(JsonObject root) =>
        [.. (root.Array("servers") ?? []).OfType<JsonObject>()
            .Where(s => s.String("url") is not null)
            .Select(s => new SpecServer(s.String("url")!, s.String("description")))];

    /// <summary>
    /// The path of the first server URL, with server variables replaced by their defaults: absolute
    /// URLs give their path, relative ones are taken as a path (a missing leading slash is added).
    /// No trailing slash; empty for no server or for <c>/</c>.
    /// </summary>
    public static string BasePath(JsonObject root)
    {
        if ((root.Array("servers") ?? []).OfType<JsonObject>().FirstOrDefault() is not { } first || first.String("url") is not { } url)
        {
            return string.Empty;
        }

        var variables = first.Object("variables");
        url = Variable().Replace(url, m => variables?.Object(m.Groups[1].Value)?.String("default") ?? string.Empty);
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsolutePath
            : url.Split('?', '#')[0];
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        return Uri.UnescapeDataString(path.TrimEnd('/'));
    }

    [GeneratedRegex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
