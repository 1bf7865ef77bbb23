using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Mock.Apis.Seyna.State;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>
/// The seeded versions of one portfolio, each version a small record whose body is rendered on demand
/// from its plan: contracts C000001…, their receipts, claims CL000001… on seeded contracts and their
/// settlements (<c>seed.yaml</c>). Bookkeeping dates are an hour after each version's timestamp.
/// </summary>
public sealed class SeynaSeeder(SeynaSeedSettings settings, int globalSeed, int contractCount, int claimCount)
{
    private static readonly TimeSpan Bookkeeping = TimeSpan.FromHours(1);

    public (List<SeynaVersion> Contracts, List<SeynaVersion> Receipts, List<SeynaVersion> Claims, List<SeynaVersion> Settlements) Seed(SeynaPortfolio portfolio)
    {
        var contracts = new List<SeynaVersion>(contractCount + 8);
        var receipts = new List<SeynaVersion>(contractCount * 5);
        var claims = new List<SeynaVersion>(claimCount * 3);
        var settlements = new List<SeynaVersion>(claimCount * 2);
        if (!portfolio.Seeded)
        {
            return (contracts, receipts, claims, settlements);
        }

        var names = settings.Guarantees.GetValueOrDefault(portfolio.ProductId) ?? ["main"];
        for (var n = 1; n <= contractCount; n++)
        {
            var plan = Contract(portfolio, n, names);
            for (var v = 1; v <= plan.ContractVersions; v++)
            {
                var version = v;
                contracts.Add(new SeynaVersion(plan.Id, v, plan.ContractTimestamp(v), null, () => RenderContract(portfolio, plan, version)));
            }

            foreach (var (id, versions, issued, index) in plan.ReceiptSchedule())
            {
                for (var v = 1; v <= versions; v++)
                {
                    var version = v;
                    var timestamp = SeynaContractPlan.Utc(v == 1 || issued > plan.CancelDate ? issued : plan.CancelDate);
                    receipts.Add(new SeynaVersion(id, v, timestamp, plan.Id, () => RenderReceipt(portfolio, plan, index, version)));
                }
            }
        }

        var types = settings.ClaimTypes.GetValueOrDefault(portfolio.ProductId) ?? ["other"];
        for (var n = 1; n <= claimCount && contractCount > 0; n++)
        {
            var contract = Contract(portfolio, ((2 * (n - 1)) % contractCount) + 1, names);
            var count = settings.SettlementsPerClaim.Count == 0 ? 0 : settings.SettlementsPerClaim[(n - 1) % settings.SettlementsPerClaim.Count];
            var plan = new SeynaClaimPlan(globalSeed, portfolio, n, contract, names[(n - 1) % names.Count], types[(n - 1) % types.Count], count, n > claimCount - settings.ClosedClaims);
            for (var v = 1; v <= plan.ClaimVersions; v++)
            {
                var version = v;
                claims.Add(new SeynaVersion(plan.Id, v, plan.ClaimTimestamp(v), contract.Id, () => Render(SeynaKind.Claim, portfolio, plan.Id, version, plan.ClaimTimestamp(1), plan.ClaimTimestamp(version), plan.Claim(version, SeynaPeople.City(plan.Seed)))));
            }

            for (var s = 1; s <= plan.Settlements; s++)
            {
                var index = s;
                var id = plan.SettlementId(s);
                settlements.Add(new SeynaVersion(id, 1, plan.SettlementTimestamp(s), plan.Id, () => Render(SeynaKind.Settlement, portfolio, id, 1, plan.SettlementTimestamp(index), plan.SettlementTimestamp(index), plan.Settlement(index))));
            }
        }

        // Claims of different contracts interleave in id order only by number; the table wants ids ascending.
        claims.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id) is var c and not 0 ? c : a.Version.CompareTo(b.Version));
        settlements.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return (contracts, receipts, claims, settlements);
    }

    private SeynaContractPlan Contract(SeynaPortfolio portfolio, int n, IReadOnlyList<string> names)
    {
        var cycle = settings.ReceiptsPerContract;
        var receipts = cycle.Count == 0 ? 1 : cycle[(n - 1) % cycle.Count];
        return new SeynaContractPlan(globalSeed, portfolio, n, names, receipts, Fate(n), settings.ReferenceDate);
    }

    /// <summary>Cancelled contracts are the first multiples of five, retracted ones the next.</summary>
    private SeynaContractFate Fate(int n) =>
        n % 5 != 0 ? SeynaContractFate.Running
        : n / 5 <= settings.CancelledContracts ? SeynaContractFate.CancelledEarly
        : n / 5 <= settings.CancelledContracts + settings.RetractedContracts ? SeynaContractFate.Retracted
        : SeynaContractFate.Running;

    private JsonObject RenderReceipt(SeynaPortfolio portfolio, SeynaContractPlan plan, int index, int version)
    {
        var receipt = plan.ReceiptPlans()[index];
        return Render(SeynaKind.Receipt, portfolio, receipt.Id, version, receipt.Timestamp(1, plan), receipt.Timestamp(version, plan), receipt.Content(version, plan, settings.ReferenceDate));
    }

    private JsonObject RenderContract(SeynaPortfolio portfolio, SeynaContractPlan plan, int version)
    {
        var party = SeynaPeople.Party(plan.Seed, company: portfolio.ProductId != "mrh", settings.ReferenceDate);
        var iban = SeynaPeople.Iban(new StableRandom(StableSeed.For(globalSeed, "seyna", "iban", portfolio.Id + "/" + plan.Id)));
        return Render(SeynaKind.Contract, portfolio, plan.Id, version, plan.ContractTimestamp(1), plan.ContractTimestamp(version), plan.Contract(version, party, iban));
    }

    private static JsonObject Render(SeynaKind kind, SeynaPortfolio portfolio, string id, int version, DateTimeOffset first, DateTimeOffset current, JsonObject content) =>
        SeynaStored.Compose(kind, portfolio, id, version, content, first + Bookkeeping, current + Bookkeeping);
}
