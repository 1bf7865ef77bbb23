using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Mock.Apis.SiviAfs.Catalog;

namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>
/// One <c>_filter</c> condition <c>entity.entityType.attribute|op|value</c>, already checked against
/// the catalogue. A dataset meets it when at least one of its objects of that entity and entity
/// type does (contract, parameter <c>_filter</c>).
/// </summary>
public sealed record SiviAfsCondition(string Entity, string EntityType, SiviAfsAttribute Attribute, SiviAfsOperator Operator, IReadOnlyList<object> Values)
{
    /// <summary>For <c>like</c>: the wildcard pattern as an anchored, case-insensitive expression.</summary>
    public Regex? Like { get; init; }

    /// <summary>For <c>isnull</c> and <c>isempty</c>: the <c>true</c>/<c>false</c> asked for.</summary>
    public bool Flag { get; init; }

    public bool MatchesDataset(JsonObject dataset) =>
        dataset[Entity] is JsonArray objects
        && objects.OfType<JsonObject>().Any(o => o["entityType"]?.GetValue<string>() == EntityType && Matches(o[Attribute.Name]));

    private bool Matches(JsonNode? value)
    {
        switch (Operator)
        {
            case SiviAfsOperator.IsNull:
                return (value is null) == Flag;
            case SiviAfsOperator.IsEmpty:
                var empty = value is null || value is JsonArray { Count: 0 } || (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);
                return empty == Flag;
            case SiviAfsOperator.Contains:
                var items = (value as JsonArray)?.Select(i => SiviAfsScalar.Of(i, Attribute.Kind)).OfType<object>().ToList();
                return items is not null && Values.All(wanted => items.Any(i => SiviAfsScalar.Compare(i, wanted) == 0));
        }

        if (SiviAfsScalar.Of(value, Attribute.Kind) is not { } actual)
        {
            return false;
        }

        return Operator switch
        {
            SiviAfsOperator.Eq => SiviAfsScalar.Compare(actual, Values[0]) == 0,
            SiviAfsOperator.Ne => SiviAfsScalar.Compare(actual, Values[0]) != 0,
            SiviAfsOperator.Lt => SiviAfsScalar.Compare(actual, Values[0]) < 0,
            SiviAfsOperator.Le => SiviAfsScalar.Compare(actual, Values[0]) <= 0,
            SiviAfsOperator.Gt => SiviAfsScalar.Compare(actual, Values[0]) > 0,
            SiviAfsOperator.Ge => SiviAfsScalar.Compare(actual, Values[0]) >= 0,
            SiviAfsOperator.Like => actual is string text && Like!.IsMatch(text),
            SiviAfsOperator.In => Values.Any(wanted => SiviAfsScalar.Compare(actual, wanted) == 0),
            _ => false,
        };
    }
}
