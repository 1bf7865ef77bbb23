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

    private readonly Dictionary<JsonObject, JsonNode> references = new(ReferenceEqualityComparer.Instance);

    /// <summary>Numbers of the schema, read once: YAML gives them as longs or doubles, the instance as JSON text.</summary>
    private readonly Dictionary<JsonNode, decimal> numbers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per keyword value, what evaluation needs, prepared once: compiled patterns and formats.</summary>
    private readonly Dictionary<JsonNode, System.Text.RegularExpressions.Regex> patterns = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonNode, global::Json.Schema.Format> formats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonObject, (System.Text.RegularExpressions.Regex Regex, JsonNode? Schema)[]> patternProperties = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonNode, FastSchema> compiled = new(ReferenceEqualityComparer.Instance);
    private FastSchema plan = null!;

    /// <summary>The fast check of <paramref name="schema"/> in <paramref name="document"/>, or null when it uses more than the subset.</summary>
    public static FastValidity? Create(JsonNode? document, JsonNode? schema)
    {
        if (schema is null || document is null)
        {
            return null;
        }

        var fast = new FastValidity();
        if (!fast.Supports(document, schema, new HashSet<JsonNode>(ReferenceEqualityComparer.Instance)))
        {
            return null;
        }

        fast.plan = fast.Compile(schema);
        return fast;
    }

    public bool IsValid(JsonElement instance) => plan.Valid(instance, 0);

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

                patternProperties[owner] = [.. byPattern.Select(p => (EcmaPattern.CompileToIl(p.Key), p.Value))];
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

                patterns[value] = EcmaPattern.CompileToIl(pattern);
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

    /// <summary>The schema object as a <see cref="FastSchema"/>; each object once, so references may be cyclic.</summary>
    private FastSchema Compile(JsonNode? schema)
    {
        if (schema is JsonValue boolean)
        {
            return new FastSchema { Constant = boolean.GetValueKind() == JsonValueKind.True };
        }

        var obj = (JsonObject)schema!;
        if (compiled.TryGetValue(obj, out var done))
        {
            return done;
        }

        var plan = new FastSchema();
        compiled[obj] = plan;
        if (references.TryGetValue(obj, out var target))
        {
            plan.Reference = Compile(target);
        }

        var properties = obj["properties"] as JsonObject;
        var required = obj["required"] is JsonArray names ? names.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
        if (properties is not null)
        {
            plan.Properties = [.. properties.Select((p, i) => new FastProperty(p.Key, System.Text.Encoding.UTF8.GetBytes(p.Key), Compile(p.Value),
                i < 64 && required.Contains(p.Key) ? 1UL << i : 0))];
            plan.RequiredMask = plan.Properties.Aggregate(0UL, (mask, p) => mask | p.Bit);
        }

        plan.RequiredOthers = [.. required.Where(n => !plan.Properties.Any(p => p.Name == n && p.Bit != 0))];
        plan.PatternProperties = [.. patternProperties.GetValueOrDefault(obj, []).Select(p => (p.Regex, Compile(p.Schema)))];
        plan.Additional = obj.TryGetPropertyValue("additionalProperties", out var additional) ? Compile(additional) : null;
        plan.HasMembers = properties is not null || obj.ContainsKey("patternProperties") || plan.Additional is not null;
        plan.Items = obj.TryGetPropertyValue("items", out var items) ? Compile(items) : null;
        plan.AllOf = obj["allOf"] is JsonArray all ? [.. all.Select(Compile)] : [];
        plan.Types = obj.TryGetPropertyValue("type", out var type) ? FastTypesOf.Read(type) : FastTypes.None;
        plan.Enum = obj["enum"] is JsonArray values ? [.. values.Select(Plain)] : null;
        plan.Const = obj.TryGetPropertyValue("const", out var constant) ? Plain(constant) : null;
        plan.UniqueItems = obj["uniqueItems"]?.GetValueKind() == JsonValueKind.True;
        plan.Pattern = obj["pattern"] is { } pattern ? patterns[pattern] : null;
        plan.Format = obj["format"] is { } format ? formats[format] : null;
        plan.MinItems = Number(obj, "minItems");
        plan.MaxItems = Number(obj, "maxItems");
        plan.MinLength = Number(obj, "minLength");
        plan.MaxLength = Number(obj, "maxLength");
        plan.Minimum = Number(obj, "minimum");
        plan.Maximum = Number(obj, "maximum");
        plan.ExclusiveMinimum = Number(obj, "exclusiveMinimum");
        plan.ExclusiveMaximum = Number(obj, "exclusiveMaximum");
        return plan;
    }

    private decimal? Number(JsonObject schema, string keyword) => schema[keyword] is { } value ? numbers[value] : null;

    private FastPlain Plain(JsonNode? value) => value switch
    {
        null => new FastPlain(JsonValueKind.Null, null, 0),
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => new FastPlain(JsonValueKind.String, value.GetValue<string>(), 0),
            JsonValueKind.Number => new FastPlain(JsonValueKind.Number, null, numbers[value]),
            var kind => new FastPlain(kind, null, 0),
        },
    };
}
