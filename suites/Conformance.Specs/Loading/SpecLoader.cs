namespace Conformance.Specs.Loading;

/// <summary>
/// Loads OpenAPI 3.x documents written in JSON or YAML. YAML is converted with YamlDotNet, the
/// OpenAPI model is read with Microsoft.OpenApi, and everything is exposed through our own
/// read-only <see cref="Model.ApiSpec"/>.
/// </summary>
public static class SpecLoader
{
    /// <summary>Largest document accepted, in bytes (64 MiB). Larger files get a diagnostic.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>Loads a file; a missing or unreadable file is a diagnostic, not an exception.</summary>
    public static SpecLoadResult LoadFile(string path) => throw new NotImplementedException();

    /// <summary>
    /// Loads document text. <paramref name="sourceName"/> names the document in diagnostics. JSON or
    /// YAML is detected from the content.
    /// </summary>
    public static SpecLoadResult LoadText(string text, string sourceName) => throw new NotImplementedException();
}
