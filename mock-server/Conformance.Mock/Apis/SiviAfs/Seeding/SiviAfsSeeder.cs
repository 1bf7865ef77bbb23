using System.Globalization;
using System.Text.Json.Nodes;
using Bogus;
using Conformance.Mock.Apis.SiviAfs.State;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>
/// Builds the seeded book from <c>seed.yaml</c>: parties first (policies copy their holder), then
/// policies, then claims (each on a seeded policy, claimant = its holder). Every dataset derives from
/// (global seed, <c>sivi-afs</c>, cluster, id) alone; its first version is dated 30 to
/// <c>firstVersionWithinDays</c> days before the reference date. The terminated datasets and those
/// with a prior version are drawn from the seed among the non-anchors, and get a second version
/// dated between the first and the reference date.
/// </summary>
public static class SiviAfsSeeder
{
    private const string Api = "sivi-afs";

    private static readonly string[] Reasons = ["customerRequest", "insurerRequest", "nonPayment", "objectSold", "settled", "withdrawn"];

    public static SiviAfsSeedData Seed(SiviAfsSeedSettings settings, int globalSeed, SiviAfsClusters<int> counts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(counts);
        var reference = DateOnly.FromDateTime(settings.ReferenceDate.UtcDateTime);
        var partyIds = Ids(settings.IdPrefixes.Party, counts.Party);
        var policyIds = Ids(settings.IdPrefixes.Policy, counts.Policy);
        var claimIds = Ids(settings.IdPrefixes.Claim, counts.Claim);

        var parties = partyIds.Select((id, i) =>
        {
            var random = Random(globalSeed, "party", id);
            var first = FirstVersion(random, settings, reference);
            var main = SiviAfsPartyFakers.MainParty(random, id, reference, id == settings.Anchors.Party);
            var body = new JsonObject { ["party"] = new JsonArray(main) };
            if (i < settings.PartiesWithRelations)
            {
                ((JsonArray)body["party"]!).Add(SiviAfsPartyFakers.Relation(random, id, reference, main["surname"]?.GetValue<string>() ?? "de Vries"));
            }

            return (id, first, body);
        }).ToList();

        var policies = policyIds.Select((id, i) =>
        {
            var random = Random(globalSeed, "policy", id);
            var first = FirstVersion(random, settings, reference);
            var holder = (JsonObject)parties[i % parties.Count].body["party"]![0]!;
            return (id, first, SiviAfsPolicyFakers.Body(random, id, holder, first, id == settings.Anchors.Policy));
        }).ToList();

        var claims = claimIds.Select((id, i) =>
        {
            var random = Random(globalSeed, "claim", id);
            var first = FirstVersion(random, settings, reference);
            return (id, first, SiviAfsClaimFakers.Body(random, id, policies[i % policies.Count].Item3, first));
        }).ToList();

        return new SiviAfsSeedData(
            new SiviAfsClusters<IReadOnlyList<SiviAfsSnapshot>>
            {
                Party = Versions(SiviAfsCluster.Party, parties, settings.Anchors.Party, settings.Terminated.Party, settings.History.WithPriorVersion.Party, globalSeed, reference),
                Policy = Versions(SiviAfsCluster.Policy, policies, settings.Anchors.Policy, settings.Terminated.Policy, settings.History.WithPriorVersion.Policy, globalSeed, reference),
                Claim = Versions(SiviAfsCluster.Claim, claims, settings.Anchors.Claim, settings.Terminated.Claim, settings.History.WithPriorVersion.Claim, globalSeed, reference),
            },
            counts);
    }

    private static List<SiviAfsSnapshot> Versions(SiviAfsCluster cluster, List<(string Id, DateOnly First, JsonObject Body)> datasets, string anchor, int terminated, int withPrior, int globalSeed, DateOnly reference)
    {
        // Which datasets get a second version: a seeded shuffle of the non-anchors, terminated ones first.
        var order = new StableRandom(StableSeed.For(globalSeed, Api, cluster.Name, "history"));
        var candidates = datasets.Select(d => d.Id).Where(id => id != anchor).OrderBy(_ => order.NextDouble()).ToList();
        var terminatedIds = candidates.Take(terminated).ToHashSet(StringComparer.Ordinal);
        var changedIds = candidates.Skip(terminated).Take(withPrior).ToHashSet(StringComparer.Ordinal);
        var versions = new List<SiviAfsSnapshot>(datasets.Count + terminated + withPrior);
        foreach (var (id, first, body) in datasets)
        {
            versions.Add(Stamp(cluster, new SiviAfsSnapshot(id, first, body), cluster.OpenStatus));
            if (!terminatedIds.Contains(id) && !changedIds.Contains(id))
            {
                continue;
            }

            var random = new StableRandom(StableSeed.For(globalSeed, Api, cluster.Name + ".second", id));
            var second = first.AddDays(random.Next(1, Math.Max(2, reference.DayNumber - first.DayNumber)));
            var next = (JsonObject)body.DeepClone();
            if (terminatedIds.Contains(id))
            {
                var main = (JsonObject)next[cluster.MainEntity]![0]!;
                main["terminationDate"] = second.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                main["terminationReason"] = Reasons[random.Next(0, Reasons.Length)];
                versions.Add(Stamp(cluster, new SiviAfsSnapshot(id, second, next), "terminated"));
            }
            else
            {
                Change(cluster, next, random);
                versions.Add(Stamp(cluster, new SiviAfsSnapshot(id, second, next), cluster.OpenStatus));
            }
        }

        return versions;
    }

    /// <summary>What a seeded change changed: the payment term, the loss amount, or the address.</summary>
    private static void Change(SiviAfsCluster cluster, JsonObject body, StableRandom random)
    {
        var main = (JsonObject)body[cluster.MainEntity]![0]!;
        if (cluster == SiviAfsCluster.Policy)
        {
            main["paymentTermInMonths"] = main["paymentTermInMonths"]!.GetValue<int>() == 12 ? 1 : 12;
        }
        else if (cluster == SiviAfsCluster.Claim)
        {
            main["totalLossAmount"] = Math.Round(main["totalLossAmount"]!.GetValue<decimal>() * 1.25m, 2);
        }
        else
        {
            main["houseNumber"] = random.Next(1, 250);
        }
    }

    private static SiviAfsSnapshot Stamp(SiviAfsCluster cluster, SiviAfsSnapshot snapshot, string status)
    {
        var main = snapshot.Main(cluster);
        main["statusType"] = status;
        main["lastChangeDate"] = snapshot.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return snapshot;
    }

    private static DateOnly FirstVersion(Randomizer random, SiviAfsSeedSettings settings, DateOnly reference) =>
        reference.AddDays(-random.Number(30, Math.Max(30, settings.History.FirstVersionWithinDays)));

    private static Randomizer Random(int globalSeed, string type, string id) => new(StableSeed.For(globalSeed, Api, type, id));

    private static List<string> Ids(string prefix, int count) => [.. Enumerable.Range(1, count).Select(n => SiviAfsClusterStore.Id(prefix, n))];
}
