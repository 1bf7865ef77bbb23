using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation.FormatValidators;

namespace Conformance.Specs.Validation;

/// <summary>
/// Decides without allocating whether NJsonSchema would surely find no error, for the shapes our
/// contracts use: objects (properties, required, patternProperties, additionalProperties,
/// min/maxProperties), arrays (items, min/maxItems, uniqueItems), leaves (type, enum, pattern,
/// min/maxLength, format, numeric bounds, multipleOf) and <c>allOf</c>/<c>anyOf</c>. It applies the same
/// rules as NJsonSchema 10.7 (including its quirks: enum and uniqueItems compare string forms), and
/// answers "not sure" for anything else (<c>oneOf</c>, <c>not</c>, tuples, nulls, any failure), in which
/// case NJsonSchema runs and reports the errors. Valid instances, the common case, thus never pay
/// for NJsonSchema's per-node allocations. Thread-safe.
/// </summary>
internal sealed partial class QuickValidityCheck(IEnumerable<IFormatValidator> formatValidators)
{
    private const int MaxDepth = 128;

    private readonly Dictionary<string, IFormatValidator[]> formats =
        formatValidators.GroupBy(v => v.Format, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Regex?> patterns = new(StringComparer.Ordinal);

    /// <summary>NJsonSchema resolves <c>ActualSchema</c> anew on every access (microseconds each); resolved once here.</summary>
    private readonly ConcurrentDictionary<JsonSchema, JsonSchema> actual = new(ReferenceEqualityComparer.Instance);

    public bool IsSurelyValid(JToken token, JsonSchema schema) => IsSurelyValid(token, schema, 0);

    private bool IsSurelyValid(JToken token, JsonSchema schema, int depth)
    {
        if (depth > MaxDepth || schema.HasReference || schema.OneOf.Count > 0 || schema.Not is not null)
        {
            return false;
        }

        // Combinators are rare; checking them in a separate method keeps the common path free of
        // enumerator and closure allocations.
        if ((schema.AllOf.Count > 0 || schema.AnyOf.Count > 0) && !CombinatorsFit(token, schema, depth))
        {
            return false;
        }

        return token switch
        {
            JObject obj => ObjectFits(obj, schema, depth),
            JArray array => ArrayFits(array, schema, depth),
            JValue value => LeafFits(value, schema),
            _ => false,
        };
    }

    private JsonSchema Actual(JsonSchema schema) => schema.HasReference ? actual.GetOrAdd(schema, static s => s.ActualSchema) : schema;

    /// <summary>Every <c>allOf</c> branch and at least one <c>anyOf</c> branch (when there are any) surely valid.</summary>
    private bool CombinatorsFit(JToken token, JsonSchema schema, int depth)
    {
        foreach (var branch in schema.AllOf)
        {
            if (!IsSurelyValid(token, Actual(branch), depth + 1))
            {
                return false;
            }
        }

        if (schema.AnyOf.Count == 0)
        {
            return true;
        }

        foreach (var branch in schema.AnyOf)
        {
            if (IsSurelyValid(token, Actual(branch), depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool ObjectFits(JObject obj, JsonSchema schema, int depth)
    {
        var type = schema.Type;
        if ((type != JsonObjectType.None && !type.HasFlag(JsonObjectType.Object)) || schema.Enumeration.Count > 0
            || (schema.MaxProperties > 0 && obj.Count > schema.MaxProperties) || (schema.MinProperties > 0 && obj.Count < schema.MinProperties))
        {
            return false;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (obj.TryGetValue(name, StringComparison.Ordinal, out var value))
            {
                if (!(value.Type == JTokenType.Null && property.IsNullable(SchemaType.JsonSchema)) && !IsSurelyValid(value, Actual(property), depth + 1))
                {
                    return false;
                }
            }
            else if (property.IsRequired)
            {
                return false;
            }
        }

        foreach (var required in schema.RequiredProperties)
        {
            if (!obj.TryGetValue(required, StringComparison.Ordinal, out _))
            {
                return false;
            }
        }

        foreach (var property in obj.Properties())
        {
            if (!schema.Properties.ContainsKey(property.Name) && !AdditionalFits(property, schema, depth))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An undeclared property: the first matching pattern property decides, else additionalProperties.</summary>
    private bool AdditionalFits(JProperty property, JsonSchema schema, int depth)
    {
        foreach (var (pattern, patternSchema) in schema.PatternProperties)
        {
            if (Pattern(pattern) is not { } regex)
            {
                return false;
            }

            if (regex.IsMatch(property.Name))
            {
                return IsSurelyValid(property.Value, Actual(patternSchema), depth + 1);
            }
        }

        return schema.AdditionalPropertiesSchema is { } additional
            ? IsSurelyValid(property.Value, Actual(additional), depth + 1)
            : schema.AllowAdditionalProperties;
    }

    private bool ArrayFits(JArray array, JsonSchema schema, int depth)
    {
        var type = schema.Type;
        if ((type != JsonObjectType.None && !type.HasFlag(JsonObjectType.Array)) || schema.Enumeration.Count > 0 || schema.Items.Count > 0
            || schema.RequiredProperties.Count > 0 || (schema.MinItems > 0 && array.Count < schema.MinItems) || (schema.MaxItems > 0 && array.Count > schema.MaxItems))
        {
            return false;
        }

        if (schema.UniqueItems && array.Count > 1 && array.Select(a => a.ToString()).Distinct(StringComparer.Ordinal).Count() != array.Count)
        {
            return false;
        }

        if (schema.Item is { } item)
        {
            var itemSchema = Actual(item);
            foreach (var element in array)
            {
                if (!IsSurelyValid(element, itemSchema, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool LeafFits(JValue value, JsonSchema schema)
    {
        var type = schema.Type;
        var typeFits = value.Type switch
        {
            JTokenType.String => type == JsonObjectType.None || type.HasFlag(JsonObjectType.String),
            JTokenType.Integer => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Number),
            JTokenType.Float => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Number),
            JTokenType.Boolean => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Boolean),
            _ => false,
        };
        if (!typeFits || schema.RequiredProperties.Count > 0 || (schema.Properties.Count > 0 && schema.Properties.Values.Any(p => p.IsRequired)) || !InEnumeration(value, schema))
        {
            return false;
        }

        return value.Type switch
        {
            JTokenType.String => StringFits((string)value.Value!, schema),
            JTokenType.Integer or JTokenType.Float => NumberFits(value, schema),
            _ => true,
        };
    }

    /// <summary>NJsonSchema compares enum members with the instance by their string forms.</summary>
    private static bool InEnumeration(JValue value, JsonSchema schema)
    {
        if (schema.Enumeration.Count == 0)
        {
            return true;
        }

        var text = value.ToString();
        foreach (var member in schema.Enumeration)
        {
            if (member?.ToString() == text)
            {
                return true;
            }
        }

        return false;
    }

    private bool StringFits(string text, JsonSchema schema)
    {
        if ((schema.MinLength is { } min && text.Length < min) || (schema.MaxLength is { } max && text.Length > max))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(schema.Pattern) && (Pattern(schema.Pattern) is not { } regex || !regex.IsMatch(text)))
        {
            return false;
        }

        if (string.IsNullOrEmpty(schema.Format) || !formats.TryGetValue(schema.Format, out var validators))
        {
            return true;
        }

        foreach (var validator in validators)
        {
            if (validator.IsValid(text, JTokenType.String))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NumberFits(JValue value, JsonSchema schema) => NumberFits(() => value.Value<decimal>(), schema);

    private static bool NumberFits(Func<decimal> read, JsonSchema schema)
    {
        if (!HasNumericBounds(schema))
        {
            return true;
        }

        try
        {
            return NumberFits(read(), schema);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool HasNumericBounds(JsonSchema schema) =>
        schema.Minimum is not null || schema.Maximum is not null || schema.ExclusiveMinimum is not null || schema.ExclusiveMaximum is not null || schema.MultipleOf is not null;

    private static bool NumberFits(decimal number, JsonSchema schema) =>
        !(schema.Minimum is { } minimum && (schema.IsExclusiveMinimum ? number <= minimum : number < minimum))
        && !(schema.Maximum is { } maximum && (schema.IsExclusiveMaximum ? number >= maximum : number > maximum))
        && !(schema.ExclusiveMinimum is { } exclusiveMinimum && number <= exclusiveMinimum)
        && !(schema.ExclusiveMaximum is { } exclusiveMaximum && number >= exclusiveMaximum)
        && !(schema.MultipleOf is { } multipleOf && number % multipleOf != 0);

    /// <summary>The same regular expression NJsonSchema uses (default options), compiled once; null when invalid.</summary>
    private Regex? Pattern(string pattern) => patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.None);
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
