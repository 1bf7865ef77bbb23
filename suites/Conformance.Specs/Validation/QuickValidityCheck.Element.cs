using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Conformance.Specs.Validation;

/// <summary>
/// The same quick check over a System.Text.Json element, so raw text can be judged without building
/// a Newtonsoft token tree (parsing with <see cref="JsonDocument"/> is several times cheaper). Values
/// are read the way Newtonsoft would read them (numbers with a fraction or exponent as doubles), and
/// where Newtonsoft's string forms matter (enum, uniqueItems) only strings are judged; everything
/// else is "not sure".
/// </summary>
internal sealed partial class QuickValidityCheck
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<JsonSchema, ObjectPlan> plans = new(ReferenceEqualityComparer.Instance);

    public bool IsSurelyValid(JsonElement element, JsonSchema schema) => IsSurelyValid(element, schema, 0);

    private bool IsSurelyValid(JsonElement element, JsonSchema schema, int depth)
    {
        if (depth > MaxDepth || schema.HasReference || schema.OneOf.Count > 0 || schema.Not is not null)
        {
            return false;
        }

        // Combinators are rare; checking them in a separate method keeps the common path free of
        // enumerator and closure allocations.
        if ((schema.AllOf.Count > 0 || schema.AnyOf.Count > 0) && !CombinatorsFit(element, schema, depth))
        {
            return false;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Object => ObjectFits(element, schema, depth),
            JsonValueKind.Array => ArrayFits(element, schema, depth),
            JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => LeafFits(element, schema),
            _ => false,
        };
    }

    /// <summary>
    /// Every occurrence of a declared property is checked (Newtonsoft keeps only the last of duplicate
    /// names, so checking all is never more lenient).
    /// </summary>
    /// <summary>Every <c>allOf</c> branch and at least one <c>anyOf</c> branch (when there are any) surely valid.</summary>
    private bool CombinatorsFit(JsonElement element, JsonSchema schema, int depth)
    {
        foreach (var branch in schema.AllOf)
        {
            if (!IsSurelyValid(element, Actual(branch), depth + 1))
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
            if (IsSurelyValid(element, Actual(branch), depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool ObjectFits(JsonElement obj, JsonSchema schema, int depth)
    {
        var type = schema.Type;
        if ((type != JsonObjectType.None && !type.HasFlag(JsonObjectType.Object)) || schema.Enumeration.Count > 0)
        {
            return false;
        }

        var plan = plans.GetOrAdd(schema, ObjectPlan.For);
        var count = 0;
        var seenRequired = 0UL;
        foreach (var property in obj.EnumerateObject())
        {
            count++;
            if (plan.Declared.TryGetValue(property.Name, out var declared))
            {
                if (declared.RequiredBit >= 0)
                {
                    seenRequired |= 1UL << declared.RequiredBit;
                }

                if (!(property.Value.ValueKind == JsonValueKind.Null && declared.Property.IsNullable(SchemaType.JsonSchema))
                    && !IsSurelyValid(property.Value, Actual(declared.Property), depth + 1))
                {
                    return false;
                }
            }
            else if (!AdditionalFits(property, schema, depth))
            {
                return false;
            }
        }

        if ((schema.MaxProperties > 0 && count > schema.MaxProperties) || (schema.MinProperties > 0 && count < schema.MinProperties)
            || (seenRequired & plan.RequiredMask) != plan.RequiredMask)
        {
            return false;
        }

        for (var i = 0; i < plan.OtherRequired.Count; i++)
        {
            if (!obj.TryGetProperty(plan.OtherRequired[i], out _))
            {
                return false;
            }
        }

        return true;
    }

    private bool AdditionalFits(JsonProperty property, JsonSchema schema, int depth)
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

    private bool ArrayFits(JsonElement array, JsonSchema schema, int depth)
    {
        var type = schema.Type;
        var length = array.GetArrayLength();
        if ((type != JsonObjectType.None && !type.HasFlag(JsonObjectType.Array)) || schema.Enumeration.Count > 0 || schema.Items.Count > 0
            || schema.RequiredProperties.Count > 0 || (schema.MinItems > 0 && length < schema.MinItems) || (schema.MaxItems > 0 && length > schema.MaxItems))
        {
            return false;
        }

        if (schema.UniqueItems && length > 1 && !AllDistinctStrings(array))
        {
            return false;
        }

        if (schema.Item is { } item)
        {
            var itemSchema = Actual(item);
            foreach (var element in array.EnumerateArray())
            {
                if (!IsSurelyValid(element, itemSchema, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Newtonsoft reads a fractional number as a double and converts it to decimal for the bounds.</summary>
    private static bool FloatFits(double number, JsonSchema schema)
    {
        try
        {
            return NumberFits((decimal)number, schema);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Only arrays of strings are judged; for strings Newtonsoft's string form is the value itself.</summary>
    private static bool AllDistinctStrings(JsonElement array)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String || !seen.Add(element.GetString()!))
            {
                return false;
            }
        }

        return true;
    }

    private bool LeafFits(JsonElement value, JsonSchema schema)
    {
        var tokenType = value.ValueKind switch
        {
            JsonValueKind.String => JTokenType.String,
            JsonValueKind.Number when value.TryGetInt64(out _) => JTokenType.Integer,
            JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') >= 0 => JTokenType.Float,
            JsonValueKind.True or JsonValueKind.False => JTokenType.Boolean,
            _ => JTokenType.None,
        };
        var type = schema.Type;
        var typeFits = tokenType switch
        {
            JTokenType.String => type == JsonObjectType.None || type.HasFlag(JsonObjectType.String),
            JTokenType.Integer => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Integer) || type.HasFlag(JsonObjectType.Number),
            JTokenType.Float => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Number),
            JTokenType.Boolean => type == JsonObjectType.None || type.HasFlag(JsonObjectType.Boolean),
            _ => false,
        };
        if (!typeFits || schema.RequiredProperties.Count > 0 || (schema.Properties.Count > 0 && schema.Properties.Values.Any(p => p.IsRequired)))
        {
            return false;
        }

        if (schema.Enumeration.Count > 0 && (tokenType != JTokenType.String || !InEnumeration(new JValue(value.GetString()), schema)))
        {
            return false;
        }

        return tokenType switch
        {
            JTokenType.String => StringFits(value.GetString()!, schema),
            JTokenType.Integer => !HasNumericBounds(schema) || NumberFits(value.GetInt64(), schema),
            JTokenType.Float => !HasNumericBounds(schema) || FloatFits(value.GetDouble(), schema),
            _ => true,
        };
    }
}
