using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conformance.Specs.Loading;

/// <summary>
/// Types plain YAML scalars per the YAML 1.2 core schema (spec 1.2.2 §10.3.2): null, booleans,
/// integers (decimal, <c>0o</c> octal, <c>0x</c> hex) and floats become JSON null/bool/number;
/// everything else, and every quoted or block scalar, is a string. <c>.inf</c>/<c>.nan</c> have no JSON
/// form and stay strings. Unlike YAML 1.1, <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c> are strings.
/// </summary>
internal static partial class YamlScalarTyping
{
    public const string StrTag = "tag:yaml.org,2002:str";
    public const string IntTag = "tag:yaml.org,2002:int";
    public const string FloatTag = "tag:yaml.org,2002:float";
    public const string BoolTag = "tag:yaml.org,2002:bool";
    public const string NullTag = "tag:yaml.org,2002:null";

    /// <summary>Resolves an untagged plain scalar. A JSON null is returned as C# null.</summary>
    public static JsonNode? ResolvePlain(string text)
    {
        if (IsNull(text))
        {
            return null;
        }

        // Most scalars are words; only these first characters can start a number.
        var mayBeNumber = text[0] is (>= '0' and <= '9') or '-' or '+' or '.';
        return TryBool(text) ?? (mayBeNumber ? TryInteger(text) ?? TryFloat(text) : null) ?? JsonValue.Create(text);
    }

    /// <summary>Resolves a scalar with an explicit core-schema tag; false when the text does not fit the tag.</summary>
    public static bool TryResolveTagged(string tag, string text, out JsonNode? node)
    {
        node = tag switch
        {
            StrTag => JsonValue.Create(text),
            IntTag => TryInteger(text),
            FloatTag => TryInteger(text) ?? TryFloat(text),
            BoolTag => TryBool(text),
            _ => null,
        };
        return tag == NullTag ? IsNull(text) : node is not null;
    }

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static JsonValue? TryBool(string text) => text switch
    {
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ => null,
    };

    private static JsonValue? TryInteger(string text)
    {
        if (DecimalInteger().IsMatch(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return JsonValue.Create(l);
            }

            return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                ? JsonValue.Create(d)
                : JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(text[2..])
            && long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0)
        {
            return JsonValue.Create(hex);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(text[2..]))
        {
            return JsonValue.Create(Convert.ToInt64(text[2..], 8));
        }

        return null;
    }

    private static JsonValue? TryFloat(string text)
    {
        if (!Float().IsMatch(text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return JsonValue.Create(exact);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? JsonValue.Create(d)
            : null;
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^[0-9a-fA-F]{1,16}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexDigits();

    [GeneratedRegex("^[0-7]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();
}
