using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Validation;

/// <summary>
/// A fast answer to "is this instance surely valid?" for schemas written with a common subset of
/// 2020-12 (types, properties, required, additional and pattern properties, items, enums and
/// constants of plain values, string, number and array bounds, patterns, the asserted formats,
/// <c>$ref</c> into the document and <c>allOf</c>). A schema that reaches anything else is not
/// handled (<see cref="Create"/> gives null). It answers true only when every keyword holds by the
/// same rules as the full evaluator; on false the full evaluator runs and gives the findings.
/// <c>FastValidityTests</c> prove the agreement on the official test suite and the contracts.
/// </summary>
internal sealed class FastValidity
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "title", "description", "example", "examples", "default", "readOnly", "writeOnly", "deprecated", "$comment",
        "externalDocs", "xml", "discriminator", "contentMediaType", "contentEncoding",
    };

    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "patternProperties", "items", "enum", "const", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
        "format", "$ref", "allOf", "uniqueItems", "$defs", "$schema",
    };

    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal)
    {
        "date", "time", "date-time", "uuid", "uri", "email", "hostname", "ipv4", "ipv6", "int32", "int64",
        "duration", "idn-email", "idn-hostname", "iri", "iri-reference", "uri-reference", "uri-template", "json-pointer",
        "relative-json-pointer", "regex", "float", "double", "password", "byte", "binary", "char",
    };

    private readonly JsonNode root;
    private readonly Dictionary<JsonObject, JsonNode> references = new(ReferenceEqualityComparer.Instance);

    /// <summary>The asserting keywords of each schema object, so evaluation skips annotations and the object's dictionary.</summary>
    private readonly Dictionary<JsonObject, KeyValuePair<string, JsonNode?>[]> keywords = new(ReferenceEqualityComparer.Instance);

    /// <summary>Numbers of the schema, read once: YAML gives them as longs or doubles, the instance as JSON text.</summary>
    private readonly Dictionary<JsonNode, decimal> numbers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per keyword value, what evaluation needs, prepared once: compiled patterns and formats.</summary>
    private readonly Dictionary<JsonNode, System.Text.RegularExpressions.Regex> patterns = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonNode, global::Json.Schema.Format> formats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonObject, (System.Text.RegularExpressions.Regex Regex, JsonNode? Schema)[]> patternProperties = new(ReferenceEqualityComparer.Instance);

    private FastValidity(JsonNode root) => this.root = root;

    /// <summary>The fast check of <paramref name="schema"/> in <paramref name="document"/>, or null when it uses more than the subset.</summary>
    public static FastValidity? Create(JsonNode? document, JsonNode? schema)
    {
        if (schema is null || document is null)
        {
            return null;
        }

        var fast = new FastValidity(schema);
        return fast.Supports(document, schema, new HashSet<JsonNode>(ReferenceEqualityComparer.Instance)) ? fast : null;
    }

    public bool IsValid(JsonElement instance) => Valid(root, instance, 0);

    private bool Supports(JsonNode document, JsonNode? schema, HashSet<JsonNode> seen)
    {
        if (schema is JsonValue boolean)
        {
            return boolean.GetValueKind() is JsonValueKind.True or JsonValueKind.False;
        }

        if (schema is not JsonObject obj)
        {
            return false;
        }

        if (!seen.Add(obj))
        {
            return true;
        }

        keywords[obj] = [.. obj.Where(p => Handled.Contains(p.Key) && p.Key is not ("$ref" or "$defs" or "$schema"))];

        foreach (var (keyword, value) in obj)
        {
            if (Annotations.Contains(keyword) || keyword.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (!Handled.Contains(keyword) || !SupportsValue(document, keyword, value, obj, seen))
            {
                return false;
            }
        }

        return true;
    }

    private bool SupportsValue(JsonNode document, string keyword, JsonNode? value, JsonObject owner, HashSet<JsonNode> seen)
    {
        switch (keyword)
        {
            case "$ref":
                if (value is not JsonValue r || !r.TryGetValue<string>(out var target) || !target.StartsWith("#/", StringComparison.Ordinal)
                    || !JsonPointer.TryResolve(document, JsonPointer.Normalize(target), out var resolved) || resolved is null)
                {
                    return false;
                }

                references[owner] = resolved;
                return Supports(document, resolved, seen);
            case "properties":
                return value is JsonObject map && map.All(p => Supports(document, p.Value, seen));
            case "patternProperties":
                if (value is not JsonObject byPattern || !byPattern.All(p => IsPattern(p.Key) && Supports(document, p.Value, seen)))
                {
                    return false;
                }

                patternProperties[owner] = [.. byPattern.Select(p => (EcmaPattern.Compile(p.Key), p.Value))];
                return true;
            case "additionalProperties" or "items":
                return Supports(document, value, seen);
            case "allOf":
                return value is JsonArray { Count: > 0 } all && all.All(s => Supports(document, s, seen));
            case "enum":
                return value is JsonArray values && values.All(IsPlain);
            case "const":
                return IsPlain(value);
            case "uniqueItems":
                return value is JsonValue u && u.GetValueKind() is JsonValueKind.True or JsonValueKind.False;
            case "required":
                return value is JsonArray names && names.All(n => n is JsonValue v && v.TryGetValue<string>(out _));
            case "type":
                return value is JsonValue or JsonArray;
            case "$defs":
                return value is JsonObject;
            case "$schema":
                return value is JsonValue m && m.TryGetValue<string>(out var dialect) && dialect == "https://json-schema.org/draft/2020-12/schema";
            case "pattern":
                if (value is not JsonValue p || !p.TryGetValue<string>(out var pattern) || !IsPattern(pattern))
                {
                    return false;
                }

                patterns[value] = EcmaPattern.Compile(pattern);
                return true;
            case "format":
                if (value is not JsonValue f || !f.TryGetValue<string>(out var format) || !Formats.Contains(format))
                {
                    return false;
                }

                formats[value] = ValidationSettings.Formats.Get(format);
                return true;
            default:
                return value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && Remember(number);
        }
    }

    private bool Remember(JsonNode number)
    {
        if (!decimal.TryParse(number.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        numbers[number] = value;
        return true;
    }

    private static bool IsPattern(string pattern)
    {
        try
        {
            EcmaPattern.Compile(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private bool IsPlain(JsonNode? value) =>
        value is null || (value is JsonValue v && (v.GetValueKind() is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
            || (v.GetValueKind() == JsonValueKind.Number && Remember(v))));

    private bool Valid(JsonNode? schema, JsonElement instance, int depth)
    {
        if (depth > 200)
        {
            return false;
        }

        if (schema is JsonValue boolean)
        {
            return boolean.GetValueKind() == JsonValueKind.True;
        }

        var obj = (JsonObject)schema!;
        if (references.TryGetValue(obj, out var target) && !Valid(target, instance, depth + 1))
        {
            return false;
        }

        foreach (var (keyword, value) in keywords[obj])
        {
            if (!Keyword(keyword, value, obj, instance, depth))
            {
                return false;
            }
        }

        return true;
    }

    private bool Keyword(string keyword, JsonNode? value, JsonObject schema, JsonElement instance, int depth)
    {
        var kind = instance.ValueKind;
        switch (keyword)
        {
            case "type":
                return value is JsonArray types ? types.Any(t => IsType(t, instance)) : IsType(value, instance);
            case "allOf":
                return value!.AsArray().All(s => Valid(s, instance, depth + 1));
            case "enum":
                return value!.AsArray().Any(v => PlainEquals(v, instance));
            case "const":
                return PlainEquals(value, instance);
            case "required" when kind == JsonValueKind.Object:
                return value!.AsArray().All(n => instance.TryGetProperty(n!.GetValue<string>(), out _));
            case "properties" when kind == JsonValueKind.Object:
                return Members(schema, instance, depth);
            case "patternProperties" when kind == JsonValueKind.Object:
            case "additionalProperties" when kind == JsonValueKind.Object:
                // Judged once with "properties" when there is one.
                return schema.ContainsKey("properties") || Members(schema, instance, depth);
            case "uniqueItems" when kind == JsonValueKind.Array && value!.GetValueKind() == JsonValueKind.True:
                return UniqueStrings(instance);
            case "items" when kind == JsonValueKind.Array:
                foreach (var item in instance.EnumerateArray())
                {
                    if (!Valid(value, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case "minItems" when kind == JsonValueKind.Array:
                return instance.GetArrayLength() >= numbers[value!];
            case "maxItems" when kind == JsonValueKind.Array:
                return instance.GetArrayLength() <= numbers[value!];
            case "minLength" when kind == JsonValueKind.String:
                return CodePoints(instance.GetString()!) >= numbers[value!];
            case "maxLength" when kind == JsonValueKind.String:
                return CodePoints(instance.GetString()!) <= numbers[value!];
            case "pattern" when kind == JsonValueKind.String:
                return patterns[value!].IsMatch(instance.GetString()!);
            case "format":
                return formats[value!].Validate(instance, out _);
            case "minimum" when kind == JsonValueKind.Number:
                return Compare(instance, value!) is { } minimumOrder && minimumOrder >= 0;
            case "maximum" when kind == JsonValueKind.Number:
                return Compare(instance, value!) is { } maximumOrder && maximumOrder <= 0;
            case "exclusiveMinimum" when kind == JsonValueKind.Number:
                return Compare(instance, value!) is { } exclusiveMinimumOrder && exclusiveMinimumOrder > 0;
            case "exclusiveMaximum" when kind == JsonValueKind.Number:
                return Compare(instance, value!) is { } exclusiveMaximumOrder && exclusiveMaximumOrder < 0;
            default:
                return true;
        }
    }

    /// <summary><c>properties</c>, <c>patternProperties</c> and <c>additionalProperties</c> together, one pass over the members.</summary>
    private bool Members(JsonObject schema, JsonElement instance, int depth)
    {
        var properties = schema["properties"] as JsonObject;
        var byPattern = patternProperties.GetValueOrDefault(schema);
        var additional = schema["additionalProperties"];
        foreach (var member in instance.EnumerateObject())
        {
            var matched = false;
            if (properties is not null && properties.TryGetPropertyValue(member.Name, out var property))
            {
                matched = true;
                if (!Valid(property, member.Value, depth + 1))
                {
                    return false;
                }
            }

            foreach (var (regex, patternSchema) in byPattern ?? [])
            {
                if (regex.IsMatch(member.Name))
                {
                    matched = true;
                    if (!Valid(patternSchema, member.Value, depth + 1))
                    {
                        return false;
                    }
                }
            }

            if (!matched && additional is not null && !Valid(additional, member.Value, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Distinct strings; an array holding anything else is left to the full evaluator.</summary>
    private static bool UniqueStrings(JsonElement array)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || !seen.Add(item.GetString()!))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsType(JsonNode? type, JsonElement instance) => type?.GetValue<string>() switch
    {
        "string" => instance.ValueKind == JsonValueKind.String,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => false,
    };

    private bool PlainEquals(JsonNode? expected, JsonElement instance) => expected switch
    {
        null => instance.ValueKind == JsonValueKind.Null,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => instance.ValueKind == JsonValueKind.String && instance.GetString() == v.GetValue<string>(),
            JsonValueKind.True => instance.ValueKind == JsonValueKind.True,
            JsonValueKind.False => instance.ValueKind == JsonValueKind.False,
            JsonValueKind.Null => instance.ValueKind == JsonValueKind.Null,
            JsonValueKind.Number => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var a) && a == numbers[v],
            _ => false,
        },
        _ => false,
    };

    /// <summary>Compares as decimals; null (so "not surely valid") for a value beyond decimal's range.</summary>
    private int? Compare(JsonElement instance, JsonNode bound) =>
        instance.TryGetDecimal(out var a) ? a.CompareTo(numbers[bound]) : null;

    private static int CodePoints(string text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}
