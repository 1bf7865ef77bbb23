using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// Reads YAML (and therefore JSON) into <see cref="JsonNode"/>s and remembers where each node
/// starts, by JSON pointer, so diagnostics can name line and column. Plain scalars take YAML 1.2
/// core-schema types; quoted scalars stay strings.
/// </summary>
internal static partial class ArazzoYamlReader
{
    public sealed record Location(int Line, int Column);

    public static bool TryRead(string text, out JsonNode? root, out Dictionary<string, Location> locations, out string? error, out Location? errorLocation)
    {
        locations = new Dictionary<string, Location>(StringComparer.Ordinal);
        root = null;
        error = null;
        errorLocation = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                error = "the file is empty";
                return false;
            }

            root = Convert(stream.Documents[0].RootNode, string.Empty, locations);
            return true;
        }
        catch (YamlException e)
        {
            error = $"not valid YAML/JSON: {e.InnerException?.Message ?? e.Message}";
            errorLocation = new Location((int)e.Start.Line, (int)e.Start.Column);
            return false;
        }
    }

    private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, Location> locations)
    {
        locations[pointer] = new Location((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();
                    obj[name] = Convert(value, $"{pointer}/{Expressions.JsonPointer.Escape(name)}", locations);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var i = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, $"{pointer}/{i++}", locations));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            _ => JsonValue.Create(value),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
