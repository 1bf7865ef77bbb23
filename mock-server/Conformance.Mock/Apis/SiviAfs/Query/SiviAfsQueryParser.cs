using System.Globalization;
using Conformance.Mock.Apis.SiviAfs.Catalog;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// Reads the query parameters of a retrieve against the cluster's catalogue. A parameter the contract
/// does not define for the operation is ignored (SIVI lets parties add their own); a defined one given
/// twice, or invalid, is refused with the reason (answered 400 <c>02</c>).
/// </summary>
public static class SiviAfsQueryParser
{
    private const int MaxConditions = 20;
    private const int MaxFields = 50;
    private const int MaxSortKeys = 5;

    /// <param name="collection">True for the collection GET (every parameter), false for the item GET (<c>validOn</c> only).</param>
    public static bool TryParse(IQueryCollection query, SiviAfsStructure structure, bool collection, out SiviAfsQuery parsed, out string error)
    {
        ArgumentNullException.ThrowIfNull(query);
        parsed = new SiviAfsQuery();
        error = string.Empty;
        string[] names = collection ? ["_filter", "_fields", "_sort", "validOn", "limit", "offset"] : ["validOn"];
        foreach (var name in names)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
            {
                error = $"{name} is given {values.Count} times; give it once.";
                return false;
            }
        }

        string? Text(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        if (Text("validOn") is { } validOn)
        {
            if (SiviAfsScalar.Parse(validOn, SiviAfsAttributeKind.Date) is not DateOnly date)
            {
                error = $"validOn '{validOn}' is not a date yyyy-mm-dd.";
                return false;
            }

            parsed = parsed with { ValidOn = date };
        }

        if (!collection)
        {
            return true;
        }

        if (!TryInteger(Text("limit"), "limit", 1, 1000, SiviAfsQuery.DefaultLimit, out var limit, ref error)
            || !TryInteger(Text("offset"), "offset", 0, int.MaxValue, 0, out var offset, ref error))
        {
            return false;
        }

        parsed = parsed with { Limit = limit, Offset = offset };
        if (Text("_filter") is { } filter)
        {
            var conditions = new List<SiviAfsCondition>();
            var items = filter.Split(',');
            if (items.Length > MaxConditions)
            {
                error = $"_filter has {items.Length} conditions; at most {MaxConditions}.";
                return false;
            }

            for (var i = 0; i < items.Length; i++)
            {
                if (SiviAfsFilterParser.Parse(items[i], structure) is not { } condition)
                {
                    error = $"_filter condition {i + 1} '{items[i]}': {SiviAfsFilterParser.Explain(items[i], structure)}";
                    return false;
                }

                conditions.Add(condition);
            }

            parsed = parsed with { Filter = conditions };
        }

        if (Text("_sort") is { } sort)
        {
            var keys = new List<SiviAfsSortKey>();
            var items = sort.Split(',');
            if (items.Length > MaxSortKeys)
            {
                error = $"_sort has {items.Length} keys; at most {MaxSortKeys}.";
                return false;
            }

            foreach (var item in items)
            {
                if (SortKey(item, structure) is not { } key)
                {
                    error = $"_sort key '{item}' is not a scalar attribute of {structure.Cluster.MainEntity}.";
                    return false;
                }

                keys.Add(key);
            }

            parsed = parsed with { Sort = keys };
        }

        if (Text("_fields") is { } fields)
        {
            if (!SiviAfsFieldsParser.TryParse(fields, structure, MaxFields, out var projection, out error))
            {
                return false;
            }

            parsed = parsed with { Fields = projection };
        }

        return true;
    }

    /// <summary><c>[-]attribute</c> (bare: the main entity's) or <c>[-]mainEntity.attribute</c>.</summary>
    private static SiviAfsSortKey? SortKey(string item, SiviAfsStructure structure)
    {
        var descending = item.StartsWith('-');
        var name = descending ? item[1..] : item;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            if (name[..dot] != structure.Cluster.MainEntity)
            {
                return null;
            }

            name = name[(dot + 1)..];
        }

        return structure.Main.Attributes.TryGetValue(name, out var attribute) && !attribute.IsArray && name != "entityType"
            ? new SiviAfsSortKey(attribute, descending)
            : null;
    }

    private static bool TryInteger(string? text, string name, int min, int max, int fallback, out int value, ref string error)
    {
        value = fallback;
        if (text is null)
        {
            return true;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max)
        {
            error = $"{name} '{text}' must be an integer from {min} to {max}.";
            return false;
        }

        value = (int)parsed;
        return true;
    }
}
