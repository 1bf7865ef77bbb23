using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>
/// Reads the nodes of a positioned YAML document while collecting diagnostics with locations. Every
/// accessor reports what is wrong and returns null instead of throwing, so one pass finds every problem
/// in the file.
/// </summary>
internal sealed class ProfileYamlReader(string source, PositionedYamlDocument document)
{
    private readonly List<ProfileDiagnostic> _diagnostics = [];

    public IReadOnlyList<ProfileDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The document's root with its position.</summary>
    public ProfileNode Root => new(document.Root, document.PositionOf(document.Root));

    public void Error(ProfileNode? node, string path, string message) =>
        _diagnostics.Add(new ProfileDiagnostic(DiagnosticSeverity.Error, message, source, path, node?.At?.Line, node?.At?.Column));

    public void Warning(ProfileNode? node, string path, string message) =>
        _diagnostics.Add(new ProfileDiagnostic(DiagnosticSeverity.Warning, message, source, path, node?.At?.Line, node?.At?.Column));

    /// <summary>An empty value (<c>key:</c> or <c>~</c>) reads as an empty mapping.</summary>
    public ProfileNode? Mapping(ProfileNode node, string path, string what)
    {
        switch (node.Value)
        {
            case JsonObject:
                return node;
            case null:
                return node with { Value = new JsonObject() };
            default:
                Error(node, path, $"{what} must be a mapping (key: value), not {Describe(node)}.");
                return null;
        }
    }

    /// <summary>The items of a list; an empty value reads as an empty list.</summary>
    public IReadOnlyList<ProfileNode>? Sequence(ProfileNode node, string path, string what)
    {
        switch (node.Value)
        {
            case JsonArray array:
                return [.. array.Select((item, i) => new ProfileNode(item, document.PositionOfItem(array, i) ?? document.PositionOf(item) ?? node.At))];
            case null:
                return [];
            default:
                Error(node, path, $"{what} must be a list, not {Describe(node)}.");
                return null;
        }
    }

    /// <summary>A non-empty text value; null (with an error) for empty values, mappings and lists.</summary>
    public string? Text(ProfileNode node, string path, string what)
    {
        if (Scalar(node) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(node, path, node.Value is null or JsonValue ? $"{what} is empty." : $"{what} must be a text value, not {Describe(node)}.");
        return null;
    }

    /// <summary>
    /// A scalar as text: strings as written, numbers and booleans in their JSON form, an empty value as
    /// the empty string; null for mappings and lists.
    /// </summary>
    public static string? Scalar(ProfileNode node) => node.Value switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>
    /// The entries of <paramref name="mapping"/> (a node <see cref="Mapping"/> returned) with the positions
    /// of their keys; with <paramref name="allowedKeys"/>, unknown keys are reported (with a suggestion when
    /// only the case differs) and skipped.
    /// </summary>
    public IEnumerable<(string Key, ProfileNode KeyNode, ProfileNode Value)> Entries(
        ProfileNode mapping, string path, IReadOnlyList<string>? allowedKeys = null)
    {
        if (mapping.Value is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (key, value) in obj)
        {
            var keyNode = new ProfileNode(JsonValue.Create(key), document.PositionOfKey(obj, key) ?? mapping.At);
            if (key.Length == 0)
            {
                Error(keyNode, path, "Keys must be text, not an empty value.");
                continue;
            }

            if (allowedKeys is not null && !allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                var near = allowedKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                var hint = near is null ? $"expected one of: {string.Join(", ", allowedKeys)}" : $"did you mean '{near}'?";
                Error(keyNode, Join(path, key), $"Unknown key '{key}' ({hint}).");
                continue;
            }

            yield return (key, keyNode, new ProfileNode(value, document.PositionOfValue(obj, key) ?? document.PositionOf(value) ?? mapping.At));
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Describe(ProfileNode node) => node.Value switch
    {
        JsonObject => "a mapping",
        JsonArray => "a list",
        null => "an empty value",
        _ => "a text value",
    };
}
