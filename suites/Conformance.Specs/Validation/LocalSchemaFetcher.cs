using System.Text.Json.Nodes;
using Conformance.Specs.Loading;
using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// Resolves references to other documents from local files only: <c>file:</c> URIs in the folder of
/// the document (or below it), and URIs under a <see cref="RefMapping"/> prefix from its folder. JSON
/// and YAML are read; anything else, and every other URI, stays unresolved (a finding, never a download).
/// </summary>
internal sealed class LocalSchemaFetcher(Uri? documentUri, IReadOnlyList<RefMapping> mappings)
{
    private readonly string? documentFolder = documentUri is { IsFile: true } ? Path.GetDirectoryName(documentUri.LocalPath) : null;

    /// <summary>Set once the validator's build options exist: schema documents are built with them (given the document first).</summary>
    public Func<JsonNode?, SchemaRegistry, BuildOptions>? Options { get; set; }

    /// <summary>Called when the evaluator meets a document it does not have yet.</summary>
    public IBaseDocument? Fetch(Uri uri, SchemaRegistry registry)
    {
        if (!TryRead(uri, out var root))
        {
            return null;
        }

        var at = new Uri(uri.GetLeftPart(UriPartial.Query));
        var element = JsonElements.From(root);

        // A schema document is built, so its $id, anchors and embedded resources are known; any other
        // document (an OpenAPI file beside the contract) is only reached by JSON pointer.
        var isSchema = root is not JsonObject document || !document.ContainsKey("openapi");
        if (Options is not null && isSchema)
        {
            try
            {
                return JsonSchema.Build(element, Options(root, registry), at);
            }
            catch (JsonSchemaException)
            {
                // Not buildable as a schema: still reachable by pointer below.
            }
        }

        return new JsonElementBaseDocument(element, at);
    }

    /// <summary>Reads a local JSON or YAML document; false when it is not one we may read.</summary>
    public bool TryRead(Uri uri, out JsonNode? root)
    {
        root = null;
        var path = LocalPath(uri);
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var parsed = SourceParser.Parse(text, path);
        root = parsed.Root;
        return parsed.Error is null;
    }

    private string? LocalPath(Uri uri)
    {
        var target = uri.GetLeftPart(UriPartial.Query);
        foreach (var mapping in mappings)
        {
            var prefix = mapping.Prefix.AbsoluteUri;
            if (target.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Inside(mapping.Directory, Uri.UnescapeDataString(target[prefix.Length..]));
            }
        }

        if (uri.IsFile && documentFolder is not null)
        {
            return Inside(documentFolder, Path.GetRelativePath(documentFolder, uri.LocalPath));
        }

        return null;
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="folder"/>, or null when it leaves the folder.</summary>
    private static string? Inside(string folder, string relative)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full : null;
    }
}
