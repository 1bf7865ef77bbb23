using System.Text.Json;

namespace Conformance.Specs.Validation;

/// <summary>A plain value of <c>enum</c> or <c>const</c> (string, boolean, null or number), prepared once.</summary>
internal sealed record FastPlain(JsonValueKind Kind, string? Text, decimal Number)
{
    public bool Equals(JsonElement instance) => Kind switch
    {
        JsonValueKind.String => instance.ValueKind == JsonValueKind.String && instance.ValueEquals(Text),
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => instance.ValueKind == Kind,
        JsonValueKind.Number => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var a) && a == Number,
        _ => false,
    };
}
