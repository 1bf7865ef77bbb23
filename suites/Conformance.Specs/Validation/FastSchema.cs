using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Conformance.Specs.Validation;

/// <summary>
/// One schema object of <see cref="FastValidity"/>, compiled once: its asserting keywords as typed
/// fields (type mask, bounds as decimals, compiled patterns and formats, member schemas by UTF-8
/// name, required members by bit), so a check reads the instance once and never consults the
/// schema's JSON tree. Every keyword holds by the rules of the full evaluator (see FastValidity).
/// </summary>
internal sealed class FastSchema
{
    /// <summary>The answer of a boolean schema (true or false); null for a schema object.</summary>
    public bool? Constant { get; init; }

    public FastSchema? Reference { get; set; }
    public FastTypes Types { get; set; }
    public FastSchema[] AllOf { get; set; } = [];
    public FastPlain[]? Enum { get; set; }
    public FastPlain? Const { get; set; }
    public FastProperty[] Properties { get; set; } = [];
    public (Regex Regex, FastSchema Schema)[] PatternProperties { get; set; } = [];
    public FastSchema? Additional { get; set; }
    public bool HasMembers { get; set; }

    /// <summary>Bits of <see cref="Properties"/> entries that are required.</summary>
    public ulong RequiredMask { get; set; }

    /// <summary>Required names not among <see cref="Properties"/> (or beyond 64 of them): looked up.</summary>
    public string[] RequiredOthers { get; set; } = [];
    public FastSchema? Items { get; set; }
    public bool UniqueItems { get; set; }
    public decimal? MinItems { get; set; }
    public decimal? MaxItems { get; set; }
    public decimal? MinLength { get; set; }
    public decimal? MaxLength { get; set; }
    public Regex? Pattern { get; set; }
    public global::Json.Schema.Format? Format { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public decimal? ExclusiveMinimum { get; set; }
    public decimal? ExclusiveMaximum { get; set; }

    public bool Valid(JsonElement instance, int depth)
    {
        if (depth > 200)
        {
            return false;
        }

        if (Constant is { } constant)
        {
            return constant;
        }

        if (Reference is not null && !Reference.Valid(instance, depth + 1))
        {
            return false;
        }

        if ((Types != FastTypes.None && !FastTypesOf.Matches(Types, instance))
            || (Enum is not null && !AnyEquals(Enum, instance))
            || (Const is { } expected && !expected.Equals(instance))
            || (Format is not null && !Format.Validate(instance, out _)))
        {
            return false;
        }

        foreach (var schema in AllOf)
        {
            if (!schema.Valid(instance, depth + 1))
            {
                return false;
            }
        }

        return instance.ValueKind switch
        {
            JsonValueKind.Object => ValidObject(instance, depth),
            JsonValueKind.Array => ValidArray(instance, depth),
            JsonValueKind.String => ValidString(instance),
            JsonValueKind.Number => ValidNumber(instance),
            _ => true,
        };
    }

    private static bool AnyEquals(FastPlain[] values, JsonElement instance)
    {
        foreach (var value in values)
        {
            if (value.Equals(instance))
            {
                return true;
            }
        }

        return false;
    }

    private bool ValidString(JsonElement instance)
    {
        if (MinLength is null && MaxLength is null && Pattern is null)
        {
            return true;
        }

        var text = instance.GetString()!;
        if (MinLength is not null || MaxLength is not null)
        {
            var length = CodePoints(text);
            if ((MinLength is { } min && length < min) || (MaxLength is { } max && length > max))
            {
                return false;
            }
        }

        return Pattern is null || Pattern.IsMatch(text);
    }

    private bool ValidNumber(JsonElement instance)
    {
        if (Minimum is null && Maximum is null && ExclusiveMinimum is null && ExclusiveMaximum is null)
        {
            return true;
        }

        // Beyond decimal's range the answer is "not surely valid".
        if (!instance.TryGetDecimal(out var value))
        {
            return false;
        }

        return !(value < Minimum || value > Maximum || value <= ExclusiveMinimum || value >= ExclusiveMaximum);
    }

    private bool ValidArray(JsonElement instance, int depth)
    {
        if (MinItems is not null || MaxItems is not null)
        {
            var length = instance.GetArrayLength();
            if (length < MinItems || length > MaxItems)
            {
                return false;
            }
        }

        if (UniqueItems && !UniqueStrings(instance))
        {
            return false;
        }

        if (Items is not null)
        {
            foreach (var item in instance.EnumerateArray())
            {
                if (!Items.Valid(item, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ValidObject(JsonElement instance, int depth)
    {
        var present = 0UL;
        if (HasMembers || RequiredMask != 0)
        {
            var hint = 0;
            foreach (var member in instance.EnumerateObject())
            {
                if (!ValidMember(member, depth, ref hint, ref present))
                {
                    return false;
                }
            }
        }

        if ((present & RequiredMask) != RequiredMask)
        {
            return false;
        }

        foreach (var name in RequiredOthers)
        {
            if (!instance.TryGetProperty(name, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>properties</c>, <c>patternProperties</c> and <c>additionalProperties</c> for one member.</summary>
    private bool ValidMember(JsonProperty member, int depth, ref int hint, ref ulong present)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        var escaped = raw.Contains((byte)'\\');
        var matched = false;
        var index = escaped ? FindByName(member.Name) : FindByUtf8(raw, hint);
        if (index >= 0)
        {
            matched = true;
            hint = index + 1;
            var property = Properties[index];
            present |= property.Bit;
            if (!property.Schema.Valid(member.Value, depth + 1))
            {
                return false;
            }
        }

        if (PatternProperties.Length > 0)
        {
            Span<char> buffer = stackalloc char[256];
            ReadOnlySpan<char> name = !escaped && raw.Length <= buffer.Length
                ? buffer[..Encoding.UTF8.GetChars(raw, buffer)]
                : member.Name;
            foreach (var (regex, schema) in PatternProperties)
            {
                if (regex.IsMatch(name))
                {
                    matched = true;
                    if (!schema.Valid(member.Value, depth + 1))
                    {
                        return false;
                    }
                }
            }
        }

        return matched || Additional is null || Additional.Valid(member.Value, depth + 1);
    }

    /// <summary>The property named <paramref name="name"/>, looked for from <paramref name="hint"/> on: instances usually follow the schema's order.</summary>
    private int FindByUtf8(ReadOnlySpan<byte> name, int hint)
    {
        var count = Properties.Length;
        for (var i = 0; i < count; i++)
        {
            var index = (hint + i) % count;
            if (name.SequenceEqual(Properties[index].Utf8Name))
            {
                return index;
            }
        }

        return -1;
    }

    private int FindByName(string name) => Array.FindIndex(Properties, p => p.Name == name);

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
