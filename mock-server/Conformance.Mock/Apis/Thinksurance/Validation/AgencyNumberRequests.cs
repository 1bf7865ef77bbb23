using System.Text.Json;
using Conformance.Mock.Apis.Thinksurance.Model;

namespace Conformance.Mock.Apis.Thinksurance.Validation;

/// <summary>
/// Reads the bodies of <c>addAgencyNumbers</c> and <c>deleteAgencyNumbers</c> as the contract's
/// closed schemas and rules say; a body with any problem gives the first one and nothing else.
/// </summary>
public static class AgencyNumberRequests
{
    private const string SetsField = "agencyNumberSets";
    private const string NumbersField = "agencyNumbers";

    private static readonly IReadOnlyList<FieldRule> Root = [FieldRule.List(SetsField, 1, 100, required: true)];

    private static readonly IReadOnlyList<FieldRule> AddHolder =
    [
        .. InsurerKey.Fields.Select(f => FieldRule.Text(f, 1, 64)),
        FieldRule.List(NumbersField, 1, int.MaxValue, required: true),
    ];

    private static readonly IReadOnlyList<FieldRule> Number =
    [
        FieldRule.Text("agencyNumber", 1, 100, required: true),
        FieldRule.Text("matchCode", 0, 255),
        FieldRule.Text("externalInsurerId", 0, 64),
        FieldRule.Text("externalUniqueId", 0, 64),
        FieldRule.Flag("defaultForTenders", required: true),
        FieldRule.Flag("defaultForCalculations", required: true),
        new("collectionType", FieldKind.String) { Max = 64, Strings = new HashSet<string>(StringComparer.Ordinal) { "broker_collection", "insurer_collection", "mga_collection" } },
        FieldRule.Text("internalComment", 0, 1000),
        FieldRule.Flag("active", required: true),
    ];

    private static readonly IReadOnlyList<FieldRule> DeleteHolder =
    [
        .. InsurerKey.Fields.Select(f => FieldRule.Text(f, 1, 64)),
        FieldRule.List(NumbersField, 1, 100),
    ];

    private static readonly IReadOnlyList<FieldRule> Selector =
    [
        FieldRule.Text("agencyNumber", 1, 100),
        FieldRule.Text("externalUniqueId", 1, 64),
        FieldRule.Text("externalInsurerId", 1, 64),
    ];

    public static (IReadOnlyList<AgencyHolder>? Holders, string? Problem) Add(JsonElement body)
    {
        var problems = new RequestProblems();
        var holders = new List<AgencyHolder>();
        foreach (var (holder, path) in Holders(body, problems))
        {
            var fields = ObjectShape.Check(holder, path, AddHolder, problems);
            var ids = InsurerKey.Fields.Where(fields.ContainsKey).ToList();
            if (ids.Count != 1 && !(ids.Count == 0 && InsurerKey.Fields.Any(f => holder.TryGetProperty(f, out _))))
            {
                problems.Add(ProblemRank.Rule, ThinksuranceErrors.ExactlyOneInsurerId(path));
            }

            var numbers = new List<AgencyNumber>();
            if (fields.TryGetValue(NumbersField, out var list))
            {
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var itemPath = ObjectShape.PathOf(ObjectShape.PathOf(path, NumbersField), index++);
                    if (ToNumber(item, itemPath, problems) is { } number)
                    {
                        numbers.Add(number);
                    }
                }
            }

            if (ids.Count == 1)
            {
                holders.Add(new AgencyHolder(new InsurerKey(ids[0], fields[ids[0]].GetString()!), numbers));
            }
        }

        return problems.Any ? (null, problems.First) : (holders, null);
    }

    public static (IReadOnlyList<AgencyDeletion>? Deletions, string? Problem) Delete(JsonElement body)
    {
        var problems = new RequestProblems();
        var deletions = new List<AgencyDeletion>();
        foreach (var (holder, path) in Holders(body, problems))
        {
            var fields = ObjectShape.Check(holder, path, DeleteHolder, problems);
            var ids = InsurerKey.Fields.Where(fields.ContainsKey).ToList();
            if (ids.Count > 1)
            {
                problems.Add(ProblemRank.Rule, ThinksuranceErrors.AtMostOneInsurerId(path));
            }
            else if (ids.Count == 0 && !holder.TryGetProperty(NumbersField, out _) && !InsurerKey.Fields.Any(f => holder.TryGetProperty(f, out _)))
            {
                problems.Add(ProblemRank.Missing, ThinksuranceErrors.Missing(ObjectShape.PathOf(path, NumbersField)));
            }

            List<AgencySelector>? selectors = null;
            if (fields.TryGetValue(NumbersField, out var list))
            {
                selectors = [];
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var itemPath = ObjectShape.PathOf(ObjectShape.PathOf(path, NumbersField), index++);
                    if (ToSelector(item, itemPath, problems) is { } selector)
                    {
                        selectors.Add(selector);
                    }
                }
            }

            var insurer = ids.Count == 1 ? new InsurerKey(ids[0], fields[ids[0]].GetString()!) : null;
            deletions.Add(new AgencyDeletion(insurer, selectors, path));
        }

        return problems.Any ? (null, problems.First) : (deletions, null);
    }

    private static IEnumerable<(JsonElement Holder, string Path)> Holders(JsonElement body, RequestProblems problems)
    {
        var root = ObjectShape.Check(body, string.Empty, Root, problems);
        if (!root.TryGetValue(SetsField, out var sets))
        {
            yield break;
        }

        var index = 0;
        foreach (var holder in sets.EnumerateArray())
        {
            var path = ObjectShape.PathOf(SetsField, index++);
            if (holder.ValueKind != JsonValueKind.Object)
            {
                problems.Add(ProblemRank.Invalid, ThinksuranceErrors.Invalid(path));
                continue;
            }

            yield return (holder, path);
        }
    }

    private static AgencyNumber? ToNumber(JsonElement item, string path, RequestProblems problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ProblemRank.Invalid, ThinksuranceErrors.Invalid(path));
            return null;
        }

        var fields = ObjectShape.Check(item, path, Number, problems);
        if (ObjectShape.Text(fields, "agencyNumber") is not { } number
            || !fields.TryGetValue("defaultForTenders", out var tenders)
            || !fields.TryGetValue("defaultForCalculations", out var calculations)
            || !fields.TryGetValue("active", out var active))
        {
            return null;
        }

        return new AgencyNumber
        {
            Number = number,
            MatchCode = ObjectShape.Text(fields, "matchCode"),
            ExternalInsurerId = ObjectShape.Text(fields, "externalInsurerId"),
            ExternalUniqueId = ObjectShape.Text(fields, "externalUniqueId"),
            DefaultForTenders = tenders.GetBoolean(),
            DefaultForCalculations = calculations.GetBoolean(),
            CollectionType = ObjectShape.Text(fields, "collectionType"),
            InternalComment = ObjectShape.Text(fields, "internalComment"),
            Active = active.GetBoolean(),
        };
    }

    private static AgencySelector? ToSelector(JsonElement item, string path, RequestProblems problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(ProblemRank.Invalid, ThinksuranceErrors.Invalid(path));
            return null;
        }

        var fields = ObjectShape.Check(item, path, Selector, problems);
        if (!Selector.Any(r => item.TryGetProperty(r.Name, out _)))
        {
            problems.Add(ProblemRank.SelectorRule, ThinksuranceErrors.SelectorFieldRequired(path));
            return null;
        }

        return new AgencySelector(ObjectShape.Text(fields, "agencyNumber"), ObjectShape.Text(fields, "externalUniqueId"), ObjectShape.Text(fields, "externalInsurerId"));
    }
}
