using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Validation;

/// <summary>
/// Turns the absolute schema locations the evaluator reports (<c>{resource URI}#{pointer}</c>) back
/// into JSON pointers of the document: the document's own URI, and every <c>$id</c> found in it
/// (resolved against its parent's base, as JSON Schema 2020-12 §8.2.1 says), map to where they are
/// written. A location in another document is returned as its absolute URI.
/// </summary>
internal sealed class SchemaLocations
{
    private readonly Dictionary<string, string> resources = new(StringComparer.Ordinal);
    private readonly List<(string Pointer, Uri Uri)> outermost = [];
    private readonly List<(string Pointer, Uri Uri)> all = [];

    private readonly JsonNode? document;

    public SchemaLocations(JsonNode? document, Uri documentUri)
    {
        this.document = document;
        resources[documentUri.GetLeftPart(UriPartial.Query)] = string.Empty;
        Walk(document, documentUri, string.Empty, 0, nested: false);
    }

    /// <summary>
    /// Schema resources (<c>$id</c>) not nested in another one, with their pointers: they are built
    /// on their own, because the evaluator finds an embedded resource only once it has been built.
    /// </summary>
    public IReadOnlyList<(string Pointer, Uri Uri)> OutermostResources => outermost;

    /// <summary>
    /// The reference that reaches <paramref name="pointer"/>: relative to the innermost <c>$id</c>
    /// resource holding it, so the schema keeps that resource's base URI.
    /// </summary>
    public string ReferenceTo(string pointer, Uri documentUri)
    {
        var (basePointer, baseUri) = (string.Empty, documentUri);
        foreach (var (resourcePointer, uri) in all)
        {
            if (resourcePointer.Length >= basePointer.Length && (pointer == resourcePointer || pointer.StartsWith(resourcePointer + "/", StringComparison.Ordinal)))
            {
                (basePointer, baseUri) = (resourcePointer, uri);
            }
        }

        return baseUri.GetLeftPart(UriPartial.Query) + "#" + EncodeFragment(pointer[basePointer.Length..]);
    }

    private static string EncodeFragment(string pointer)
    {
        var target = new System.Text.StringBuilder();
        foreach (var c in System.Text.Encoding.UTF8.GetBytes(pointer))
        {
            if (c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || "-._~!$&'()*+,;=:@/?".Contains((char)c, StringComparison.Ordinal)))
            {
                target.Append((char)c);
            }
            else
            {
                target.Append('%').Append(c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return target.ToString();
    }

    /// <summary>
    /// The document pointer of a schema location. The evaluator sometimes appends the instance's member
    /// name to the location of an <c>items</c> or <c>not</c> subschema; the pointer is shortened until
    /// it names a schema in the document.
    /// </summary>
    public string ToPointer(Uri location, JsonNode? document)
    {
        var pointer = ToPointer(location);
        if (pointer.Length == 0 || pointer[0] != '/')
        {
            return pointer;
        }

        while (pointer.Length > 0 && !(JsonPointer.TryResolve(document, pointer, out var node) && IsSchema(node)))
        {
            pointer = pointer[..pointer.LastIndexOf('/')];
        }

        return pointer;
    }

    private static bool IsSchema(JsonNode? node) =>
        node is JsonObject || (node is JsonValue value && value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);

    private string ToPointer(Uri location)
    {
        if (!location.IsAbsoluteUri)
        {
            return location.OriginalString;
        }

        var resource = location.GetLeftPart(UriPartial.Query);
        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        if (location.Fragment.Length == 0 && resource.IndexOf("%23", StringComparison.Ordinal) is var hash and >= 0 && Misplaced(resource, hash) is { } misplaced)
        {
            return misplaced;
        }

        return resources.TryGetValue(resource, out var pointer) && (fragment.Length == 0 || fragment[0] == '/')
            ? pointer + fragment
            : location.AbsoluteUri;
    }

    /// <summary>
    /// The evaluator writes the location of a schema in a resource with a hierarchical URI as the
    /// fragment resolved like a path (<c>…/folder/%23/pointer</c> for <c>…/folder/file.json#/pointer</c>);
    /// the resource is the one in that folder whose pointer leads to a schema.
    /// </summary>
    private string? Misplaced(string location, int hash)
    {
        var folder = location[..hash];
        var fragment = Uri.UnescapeDataString(location[(hash + 3)..]);
        foreach (var (uri, pointer) in resources)
        {
            var slash = uri.LastIndexOf('/');
            if (slash >= 0 && string.Equals(uri[..(slash + 1)], folder, StringComparison.Ordinal)
                && (document is null || JsonPointer.TryResolve(document, pointer + fragment, out _)))
            {
                return pointer + fragment;
            }
        }

        return null;
    }

    private void Walk(JsonNode? node, Uri baseUri, string pointer, int depth, bool nested)
    {
        if (depth > 256)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (obj["$id"] is JsonValue id && id.TryGetValue<string>(out var text) && Uri.TryCreate(baseUri, text, out var resolved))
                {
                    baseUri = new Uri(resolved.GetLeftPart(UriPartial.Query));
                    if (resources.TryAdd(baseUri.GetLeftPart(UriPartial.Query), pointer))
                    {
                        all.Add((pointer, baseUri));
                        if (!nested)
                        {
                            outermost.Add((pointer, baseUri));
                        }
                    }

                    nested = true;
                }

                foreach (var (name, child) in obj)
                {
                    Walk(child, baseUri, JsonPointer.Append(pointer, name), depth + 1, nested);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], baseUri, JsonPointer.Append(pointer, i), depth + 1, nested);
                }

                break;
        }
    }
}
