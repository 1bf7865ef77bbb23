using NJsonSchema;

namespace Conformance.Specs.Validation;

/// <summary>
/// What the quick check needs about an object schema, computed once: declared properties by name,
/// each required one with a bit in <see cref="RequiredMask"/> (so presence is tracked while the
/// object is read once), and required names that are not declared properties.
/// </summary>
internal sealed record ObjectPlan(
    IReadOnlyDictionary<string, (JsonSchemaProperty Property, int RequiredBit)> Declared,
    ulong RequiredMask,
    IReadOnlyList<string> OtherRequired)
{
    public static ObjectPlan For(JsonSchema schema)
    {
        var required = new HashSet<string>(schema.RequiredProperties, StringComparer.Ordinal);
        var declared = new Dictionary<string, (JsonSchemaProperty, int)>(StringComparer.Ordinal);
        var mask = 0UL;
        var bit = 0;
        var other = new List<string>();
        foreach (var (name, property) in schema.Properties)
        {
            var isRequired = property.IsRequired || required.Contains(name);
            if (isRequired && bit >= 64)
            {
                other.Add(name);
                isRequired = false;
            }

            declared[name] = (property, isRequired ? bit : -1);
            if (isRequired)
            {
                mask |= 1UL << bit++;
            }
        }

        other.AddRange(required.Where(name => !schema.Properties.ContainsKey(name)));
        return new ObjectPlan(declared, mask, other);
    }
}
