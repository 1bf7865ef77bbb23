using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Validation;

/// <summary>
/// A JSON or YAML document read for validation: an OpenAPI contract or a plain JSON Schema. Unlike
/// <see cref="SpecLoader"/> it does not judge the document as OpenAPI, so every legal schema can be
/// used as it is written.
/// </summary>
public sealed record SchemaDocument(JsonNode? Root, Uri Uri)
{
    /// <summary>True when the document is an OpenAPI description (a mapping with an <c>openapi</c> member).</summary>
    public bool IsOpenApi => Root is JsonObject root && root.ContainsKey("openapi");

    /// <summary>Reads a file; the error says why it could not be read or parsed (null when it was).</summary>
    public static (SchemaDocument? Document, string? Error) Load(string path)
    {
        string text;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return (null, $"File not found: '{path}'.");
            }

            if (file.Length > SpecLoader.MaxDocumentBytes)
            {
                return (null, $"'{path}' is larger than {SpecLoader.MaxDocumentBytes:N0} bytes.");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"Could not read '{path}': {ex.Message}");
        }

        var parsed = SourceParser.Parse(text, path);
        return parsed.Error is { } error
            ? (null, error.ToString())
            : (new SchemaDocument(parsed.Root, new Uri(Path.GetFullPath(path))), null);
    }

    /// <summary>The file URI of a document source name when it names an existing file, else null.</summary>
    public static Uri? FileUri(string source) =>
        File.Exists(source) ? new Uri(Path.GetFullPath(source)) : null;
}
