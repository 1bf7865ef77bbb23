using Conformance.Mock.Apis.Thinksurance.Model;

namespace Conformance.Mock.Apis.Thinksurance.State;

/// <summary>
/// One tenant's agency numbers (a broker's, or the account's own), grouped by insurer in first-insertion
/// order. Every write is all-or-nothing: it is computed on a copy and kept only when it breaks no rule.
/// Not thread-safe; the store serialises access.
/// </summary>
public sealed class AgencyNumberSet
{
    private readonly IReadOnlyList<AgencyHolder> seeded;
    private List<AgencyHolder> holders;

    public AgencyNumberSet(IReadOnlyList<AgencyHolder> seeded)
    {
        this.seeded = seeded;
        holders = [.. seeded];
    }

    public IReadOnlyList<AgencyHolder> Holders => holders;

    public void Reset() => holders = [.. seeded];

    /// <summary>Upserts by (insurer, agency number); a true default flag clears it on the insurer's other numbers.</summary>
    /// <param name="checkUniqueIds">False only for the defect that accepts a reused <c>externalUniqueId</c>.</param>
    /// <returns>Null when stored, else the refusal (and nothing changed).</returns>
    public string? Add(IReadOnlyList<AgencyHolder> request, bool checkUniqueIds = true)
    {
        var next = holders.Select(h => (h.Insurer, Numbers: h.Numbers.ToList())).ToList();
        foreach (var holder in request)
        {
            var index = next.FindIndex(h => h.Insurer == holder.Insurer);
            if (index < 0)
            {
                next.Add((holder.Insurer, []));
                index = next.Count - 1;
            }

            var numbers = next[index].Numbers;
            foreach (var number in holder.Numbers)
            {
                var existing = numbers.FindIndex(n => n.Number == number.Number);
                if (existing >= 0)
                {
                    numbers[existing] = number;
                }
                else
                {
                    numbers.Add(number);
                }

                for (var i = 0; i < numbers.Count; i++)
                {
                    if (numbers[i].Number != number.Number)
                    {
                        numbers[i] = numbers[i] with
                        {
                            DefaultForTenders = numbers[i].DefaultForTenders && !number.DefaultForTenders,
                            DefaultForCalculations = numbers[i].DefaultForCalculations && !number.DefaultForCalculations,
                        };
                    }
                }
            }
        }

        if (checkUniqueIds && FirstReusedUniqueId(request, next.SelectMany(h => h.Numbers).ToList()) is { } reused)
        {
            return ThinksuranceErrors.UniqueIdInUse(reused);
        }

        holders = [.. next.Select(h => new AgencyHolder(h.Insurer, h.Numbers))];
        return null;
    }

    /// <summary>Matches every holder and selector against the set as it was before the request.</summary>
    /// <param name="apply">False only for the defect whose delete answers success and removes nothing.</param>
    /// <returns>Null when deleted, else <c>Agency number not found: &lt;path&gt;</c> (and nothing changed).</returns>
    public string? Delete(IReadOnlyList<AgencyDeletion> request, bool apply = true)
    {
        var removed = new HashSet<(InsurerKey, string)>();
        foreach (var deletion in request)
        {
            var scope = deletion.Insurer is { } insurer ? holders.Where(h => h.Insurer == insurer).ToList() : holders;
            if (scope.Count == 0)
            {
                return ThinksuranceErrors.AgencyNumberNotFound(deletion.Path);
            }

            if (deletion.Selectors is null)
            {
                removed.UnionWith(scope.SelectMany(h => h.Numbers.Select(n => (h.Insurer, n.Number))));
                continue;
            }

            for (var j = 0; j < deletion.Selectors.Count; j++)
            {
                var matches = scope.SelectMany(h => h.Numbers.Where(deletion.Selectors[j].Matches).Select(n => (h.Insurer, n.Number))).ToList();
                if (matches.Count == 0)
                {
                    return ThinksuranceErrors.AgencyNumberNotFound($"{deletion.Path}.agencyNumbers[{j}]");
                }

                removed.UnionWith(matches);
            }
        }

        if (apply)
        {
            holders = [.. holders
                .Select(h => new AgencyHolder(h.Insurer, [.. h.Numbers.Where(n => !removed.Contains((h.Insurer, n.Number)))]))
                .Where(h => h.Numbers.Count > 0)];
        }

        return null;
    }

    private static string? FirstReusedUniqueId(IReadOnlyList<AgencyHolder> request, List<AgencyNumber> all)
    {
        foreach (var number in request.SelectMany(h => h.Numbers))
        {
            if (number.ExternalUniqueId is { } id && all.Count(n => n.ExternalUniqueId == id) > 1)
            {
                return id;
            }
        }

        return null;
    }
}
