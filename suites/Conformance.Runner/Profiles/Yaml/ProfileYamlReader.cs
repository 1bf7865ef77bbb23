using Conformance.Specs.Loading;
using YamlDotNet.RepresentationModel;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>
/// Reads YAML nodes while collecting diagnostics with locations. Every accessor reports what is
/// wrong and returns null instead of throwing, so one pass finds every problem in the file.
/// </summary>
internal sealed class ProfileYamlReader(string source)
{
    private readonly List<ProfileDiagnostic> _diagnostics = [];

    public IReadOnlyList<ProfileDiagnostic> Diagnostics => _diagnostics;

    public void Error(YamlNode? node, string path, string message) =>
        _diagnostics.Add(new ProfileDiagnostic(DiagnosticSeverity.Error, message, source, path, Line(node), Column(node)));

    public void Warning(YamlNode? node, string path, string message) =>
        _diagnostics.Add(new ProfileDiagnostic(DiagnosticSeverity.Warning, message, source, path, Line(node), Column(node)));

    /// <summary>An empty value (<c>key:</c> or <c>~</c>) reads as an empty mapping.</summary>
    public YamlMappingNode? Mapping(YamlNode node, string path, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (IsNull(node))
        {
            return new YamlMappingNode();
        }

        Error(node, path, $"{what} must be a mapping (key: value), not {Describe(node)}.");
        return null;
    }

    /// <summary>An empty value reads as an empty list.</summary>
    public YamlSequenceNode? Sequence(YamlNode node, string path, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        if (IsNull(node))
        {
            return new YamlSequenceNode();
        }

        Error(node, path, $"{what} must be a list, not {Describe(node)}.");
        return null;
    }

    /// <summary>A non-empty text value; null (with an error) for empty values, mappings and lists.</summary>
    public string? Text(YamlNode node, string path, string what)
    {
        if (node is YamlScalarNode scalar && !IsNull(node) && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value!.Trim(); // IsNullOrWhiteSpace above rules out null
        }

        Error(node, path, node is YamlScalarNode ? $"{what} is empty." : $"{what} must be a text value, not {Describe(node)}.");
        return null;
    }

    /// <summary>
    /// The entries of <paramref name="mapping"/>; with <paramref name="allowedKeys"/>, unknown keys are
    /// reported (with a suggestion when only the case differs) and skipped.
    /// </summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(
        YamlMappingNode mapping, string path, IReadOnlyList<string>? allowedKeys = null)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                Error(keyNode, path, $"Keys must be text, not {Describe(keyNode)}.");
                continue;
            }

            if (allowedKeys is not null && !allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                var near = allowedKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                var hint = near is null ? $"expected one of: {string.Join(", ", allowedKeys)}" : $"did you mean '{near}'?";
                Error(keyNode, Join(path, key), $"Unknown key '{key}' ({hint}).");
                continue;
            }

            yield return (key, keyNode, value);
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "an empty value",
        _ => "a text value",
    };

    private static int? Line(YamlNode? node) => node is null ? null : (int)node.Start.Line;

    private static int? Column(YamlNode? node) => node is null ? null : (int)node.Start.Column;
}
