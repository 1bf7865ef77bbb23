namespace Conformance.Specs.Loading;

/// <summary>
/// The one YAML reader of the product (YamlDotNet underneath): YAML 1.2 core-schema scalars, anchors,
/// aliases and merge keys, size and depth limits, and a line and column for every node. Contracts,
/// flows, profiles and seed files are all read through it.
/// </summary>
public static class PositionedYamlReader
{
    /// <param name="text">The YAML text (one document).</param>
    /// <param name="source">How diagnostics name the text, e.g. its path.</param>
    public static PositionedYamlDocument Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PositionedYamlDocument(YamlSourceReader.Read(text, source));
    }

    /// <summary>Reads a file; an unreadable file throws as <see cref="File.ReadAllText(string)"/> does.</summary>
    public static PositionedYamlDocument ReadFile(string path) => Read(File.ReadAllText(path), path);
}
