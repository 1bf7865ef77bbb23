using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Catalog;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// Values of an attribute's AFD type, read from query text or from a stored object, and compared as
/// the contract says: strings ordinally, numbers numerically, dates chronologically, <c>false</c> &lt; <c>true</c>.
/// </summary>
public static class SiviAfsScalar
{
    /// <summary>Reads query text as the attribute's type; null when it does not parse.</summary>
    public static object? Parse(string text, SiviAfsAttributeKind kind) => kind switch
    {
        SiviAfsAttributeKind.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (decimal)l : null,
        SiviAfsAttributeKind.Decimal => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null,
        SiviAfsAttributeKind.Date => text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        SiviAfsAttributeKind.Boolean => text switch { "true" => true, "false" => false, _ => null },
        _ => text,
    };

    /// <summary>A stored JSON value as the attribute's type; null when absent, null or of another type.</summary>
    public static object? Of(JsonNode? node, SiviAfsAttributeKind kind)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return (kind, value.GetValueKind()) switch
        {
            (SiviAfsAttributeKind.Integer or SiviAfsAttributeKind.Decimal, JsonValueKind.Number) => Number(value),
            (SiviAfsAttributeKind.Boolean, JsonValueKind.True) => true,
            (SiviAfsAttributeKind.Boolean, JsonValueKind.False) => false,
            (SiviAfsAttributeKind.Date, JsonValueKind.String) => Parse(value.GetValue<string>(), SiviAfsAttributeKind.Date),
            (SiviAfsAttributeKind.String, JsonValueKind.String) => value.GetValue<string>(),
            _ => null,
        };
    }

    /// <summary>A JSON number as decimal, whatever CLR type the node was built from (parsed text, int, decimal).</summary>
    private static decimal? Number(JsonValue value) =>
        value.TryGetValue<decimal>(out var d) ? d
        : value.TryGetValue<int>(out var i) ? i
        : value.TryGetValue<long>(out var l) ? l
        : decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (decimal a, decimal b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => throw new ArgumentException("Values of different types are not compared."),
    };
}
