using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.SiviAfs.Writes;

/// <summary>
/// The input rules beyond the schema (400 <c>01</c>/<c>03</c>) and the business rules (422 <c>40</c>)
/// of new, change and rate, per cluster, as the contract's operation descriptions list them.
/// </summary>
public static class SiviAfsDatasetRules
{
    private static readonly Dictionary<string, string[]> PartyTypes = new(StringComparer.Ordinal)
    {
        ["policy"] = ["policyHolder", "insured", "beneficiary", "intermediary"],
        ["claim"] = ["claimant", "policyHolder", "expert", "repairer", "counterParty"],
    };

    /// <param name="rate">The rate function: no policy holder needed, and its own business rules.</param>
    public static SiviAfsRefusal? Structure(SiviAfsCluster cluster, JsonObject body, bool rate = false)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(body);
        var parties = SiviAfsObjects.Of(body, "party").ToList();
        if (cluster == SiviAfsCluster.Party)
        {
            var main = parties.FirstOrDefault();
            if (main is null || SiviAfsObjects.Type(main) is not ("person" or "organisation"))
            {
                return SiviAfsRefusal.BadBody("party[0] must be the main party, of entityType person or organisation.");
            }

            if (SiviAfsObjects.Type(main) == "person" ? main["surname"] is null : main["organisationName"] is null)
            {
                return SiviAfsRefusal.BadBody(SiviAfsObjects.Type(main) == "person" ? "party[0]: a person needs surname." : "party[0]: an organisation needs organisationName.");
            }

            if (parties.Skip(1).FirstOrDefault(p => SiviAfsObjects.Type(p) != "relation") is { } other)
            {
                return SiviAfsRefusal.BadBody($"further party objects must be of entityType relation, not {SiviAfsObjects.Type(other)}.");
            }
        }
        else
        {
            if (SiviAfsObjects.Of(body, cluster.MainEntity).Count() != 1)
            {
                return SiviAfsRefusal.BadBody($"exactly one {cluster.MainEntity} object is needed.");
            }

            if (parties.FirstOrDefault(p => !PartyTypes[cluster.Name].Contains(SiviAfsObjects.Type(p))) is { } wrong)
            {
                return SiviAfsRefusal.BadBody($"party objects of a {cluster.Name} are of the types {string.Join(", ", PartyTypes[cluster.Name])}, not {SiviAfsObjects.Type(wrong)}.");
            }

            if (cluster == SiviAfsCluster.Policy && !rate && parties.Count(p => SiviAfsObjects.Type(p) == "policyHolder") != 1)
            {
                return SiviAfsRefusal.BadBody("exactly one party of entityType policyHolder is needed.");
            }

            if (cluster == SiviAfsCluster.Claim)
            {
                if (SiviAfsObjects.Of(body, "policy").Count() != 1 || SiviAfsObjects.Of(body, "policy").Single()["contractNumber"] is null)
                {
                    return SiviAfsRefusal.BadBody("exactly one policy object carrying contractNumber (the claimed policy) is needed.");
                }

                if (!parties.Any(p => SiviAfsObjects.Type(p) == "claimant"))
                {
                    return SiviAfsRefusal.BadBody("at least one party of entityType claimant is needed.");
                }
            }
        }

        return References(body);
    }

    /// <summary>Unique <c>refKey</c>s, and every <c>…Ref</c> value naming one of them (or one of <paramref name="alsoKnown"/>).</summary>
    public static SiviAfsRefusal? References(JsonObject body, IReadOnlySet<string>? alsoKnown = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entity, position, item) in SiviAfsObjects.All(body))
        {
            if (SiviAfsObjects.Text(item, "refKey") is { } key && !keys.Add(key))
            {
                return SiviAfsRefusal.BadReference($"{entity}[{position - 1}]: refKey '{key}' is used twice.");
            }
        }

        foreach (var (entity, position, item) in SiviAfsObjects.All(body))
        {
            foreach (var (name, values) in SiviAfsObjects.References(item))
            {
                if (values.Select(v => v?.GetValue<string>()).FirstOrDefault(v => v is null || (!keys.Contains(v) && alsoKnown?.Contains(v) != true)) is { } missing)
                {
                    return SiviAfsRefusal.BadReference($"{entity}[{position - 1}].{name}: '{missing}' names no refKey of the dataset.");
                }
            }
        }

        return null;
    }

    /// <param name="policyExists">Whether a contract number names a stored policy (claims).</param>
    public static SiviAfsRefusal? Business(SiviAfsCluster cluster, JsonObject body, DateOnly today, Func<string, bool> policyExists)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(policyExists);
        foreach (var policy in cluster == SiviAfsCluster.Policy ? SiviAfsObjects.Of(body, "policy") : [])
        {
            if (Date(policy, "expiryDate") is { } expiry && Date(policy, "effectiveDate") is { } effective && expiry < effective)
            {
                return SiviAfsRefusal.BusinessRule("policy[0].expiryDate is before effectiveDate.");
            }
        }

        if (cluster == SiviAfsCluster.Claim)
        {
            var number = SiviAfsObjects.Text(SiviAfsObjects.Of(body, "policy").Single(), "contractNumber") ?? string.Empty;
            if (!policyExists(number))
            {
                return SiviAfsRefusal.BusinessRule($"policy[0].contractNumber '{number}' names no stored policy.");
            }

            if (Date(SiviAfsObjects.Of(body, "claim").Single(), "dateOfLoss") > today)
            {
                return SiviAfsRefusal.BusinessRule("claim[0].dateOfLoss is after today.");
            }
        }

        if (cluster == SiviAfsCluster.Party && SiviAfsObjects.Of(body, "party").FirstOrDefault(p => Date(p, "birthDate") > today) is not null)
        {
            return SiviAfsRefusal.BusinessRule("a birthDate is after today.");
        }

        return null;
    }

    public static DateOnly? Date(JsonObject item, string name) =>
        SiviAfsObjects.Text(item, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
