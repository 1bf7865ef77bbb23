using System.Text;

namespace Conformance.Specs.Loading;

/// <summary>
/// Loads OpenAPI 3.x documents written in JSON or YAML. YAML is converted with YamlDotNet, the
/// OpenAPI model is read with Microsoft.OpenApi, and everything is exposed through our own
/// read-only <see cref="Model.ApiSpec"/>. Nothing here throws for a bad document: missing files,
/// malformed text, documents that are not OpenAPI 3.x and documents beyond the size, depth and
/// node limits all come back as diagnostics.
/// </summary>
public static class SpecLoader
{
    /// <summary>Largest document accepted, in bytes (64 MiB). Larger files get a diagnostic.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>Loads a file; a missing or unreadable file is a diagnostic, not an exception.</summary>
    public static SpecLoadResult LoadFile(string path)
    {
        string text;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Refused(Directory.Exists(path) ? $"'{path}' is a directory, not a file." : $"File not found: '{path}'.", path);
            }

            if (file.Length > MaxDocumentBytes)
            {
                return TooLarge(file.Length, path);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refused($"Could not read '{path}': {ex.Message}", path);
        }

        return LoadText(text, path);
    }

    /// <summary>
    /// Loads document text. <paramref name="sourceName"/> names the document in diagnostics. JSON or
    /// YAML is detected from the content.
    /// </summary>
    public static SpecLoadResult LoadText(string text, string sourceName)
    {
        text ??= string.Empty;
        if (text.Length > MaxDocumentBytes || (text.Length * 3L > MaxDocumentBytes && Encoding.UTF8.GetByteCount(text) > MaxDocumentBytes))
        {
            return TooLarge(Encoding.UTF8.GetByteCount(text), sourceName);
        }

        var parsed = SourceParser.Parse(text, sourceName);
        return parsed.Error is { } error
            ? new SpecLoadResult(null, [error])
            : OpenApiDocumentReader.Read(parsed, sourceName);
    }

    private static SpecLoadResult TooLarge(long bytes, string source) =>
        Refused($"The document is {bytes:N0} bytes; the limit is {MaxDocumentBytes:N0} bytes.", source);

    private static SpecLoadResult Refused(string message, string source) =>
        new(null, [new SpecDiagnostic(DiagnosticSeverity.Error, message, source)]);
}
