using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>
/// A seeded claim on one guarantee of a seeded contract: opened with an outstanding amount (the
/// from-the-ground-up amount less a deductible), then one version per settlement, each paying part of
/// the outstanding (paid up, outstanding down by the same amount); a closed claim ends with a version
/// whose every outstanding component is 0, its last settlement paying what was left.
/// </summary>
public sealed class SeynaClaimPlan
{
    private static readonly string[] ClaimComponents = ["fgu_claim", "paid", "outstanding", "management_paid", "management_outstanding", "subrogation_paid", "subrogation_outstanding"];
    private static readonly string[] SettlementComponents = ["paid", "management_paid", "subrogation_paid"];
    private const decimal Deductible = 150m;

    private readonly decimal fgu;
    private readonly decimal outstanding;
    private readonly decimal management;

    public SeynaClaimPlan(int globalSeed, SeynaPortfolio portfolio, int number, SeynaContractPlan contract, string guarantee, string claimType, int settlements, bool closed)
    {
        Id = "CL" + number.ToString("D6", CultureInfo.InvariantCulture);
        Number = number;
        Contract = contract;
        Guarantee = guarantee;
        ClaimType = claimType;
        Settlements = settlements;
        Closed = closed;
        Seed = StableSeed.For(globalSeed, "seyna", "claim", portfolio.Id + "/" + Id);
        var random = new StableRandom(Seed);
        Occurred = contract.Start.AddDays(random.Next(20, 150));
        Notified = Occurred.AddDays(random.Next(1, 10));
        fgu = random.Next(40_000, 800_000) / 100m;
        // The claim value (paid + outstanding + management) is what remains after the deductible, so it never exceeds fgu_claim.
        management = SeynaMoney.Cents((fgu - Deductible) * 0.05m);
        outstanding = fgu - Deductible - management;
    }

    public string Id { get; }
    public int Number { get; }
    public int Seed { get; }
    public SeynaContractPlan Contract { get; }
    public string Guarantee { get; }
    public string ClaimType { get; }
    public int Settlements { get; }
    public bool Closed { get; }
    public DateTime Occurred { get; }
    public DateTime Notified { get; }

    /// <summary>Opening version, one per settlement, and the closing one.</summary>
    public int ClaimVersions => 1 + Settlements + (Closed ? 1 : 0);

    public string SettlementId(int index) => $"{Id}-S{index:D2}";

    public DateTimeOffset SettlementTimestamp(int index) => SeynaContractPlan.Utc(Notified.AddDays(15 * index));

    public DateTimeOffset ClaimTimestamp(int version) =>
        version == 1 ? SeynaContractPlan.Utc(Notified)
        : version <= Settlements + 1 ? SettlementTimestamp(version - 1)
        : SettlementTimestamp(Settlements).AddDays(10);

    /// <summary>What settlement <paramref name="index"/> (1-based) pays: (paid, management_paid).</summary>
    public (decimal Paid, decimal Management) Payment(int index)
    {
        var share = SeynaMoney.Cents(outstanding / (Settlements + 1));
        var managementShare = SeynaMoney.Cents(management / (Settlements + 1));
        return Closed && index == Settlements
            ? (outstanding - (share * (Settlements - 1)), management - (managementShare * (Settlements - 1)))
            : (share, managementShare);
    }

    public JsonObject Claim(int version, string location)
    {
        decimal paid = 0, managementPaid = 0;
        for (var i = 1; i <= Math.Min(version - 1, Settlements); i++)
        {
            var (p, m) = Payment(i);
            paid += p;
            managementPaid += m;
        }

        var isClosed = Closed && version == ClaimVersions;
        var amounts = new Dictionary<string, decimal[]>(StringComparer.Ordinal)
        {
            [Guarantee] = [fgu, paid, isClosed ? 0m : outstanding - paid, managementPaid, isClosed ? 0m : management - managementPaid, 0m, 0m],
        };
        return new JsonObject
        {
            ["contract_id"] = Contract.Id,
            ["timestamp"] = SeynaDates.Format(ClaimTimestamp(version)),
            ["reference"] = $"SIN-{Occurred.Year}-{Number:D6}",
            ["status"] = isClosed ? "closed" : "open",
            ["occurence_date"] = SeynaDates.Format(SeynaContractPlan.Utc(Occurred)),
            ["occurence_location"] = location,
            ["notification_date"] = SeynaDates.Format(SeynaContractPlan.Utc(Notified)),
            ["claim_type"] = ClaimType,
            ["guarantees"] = SeynaMoney.Map(amounts, ClaimComponents),
            ["product_data"] = new JsonObject(),
        };
    }

    public JsonObject Settlement(int index)
    {
        var (paid, managementPaid) = Payment(index);
        var amounts = new Dictionary<string, decimal[]>(StringComparer.Ordinal) { [Guarantee] = [paid, managementPaid, 0m] };
        return new JsonObject
        {
            ["claim_id"] = Id,
            ["timestamp"] = SeynaDates.Format(SettlementTimestamp(index)),
            ["reference"] = $"REG-{Id}-{index:D2}",
            ["payment_date"] = SeynaDates.Format(SettlementTimestamp(index)),
            ["guarantees"] = SeynaMoney.Map(amounts, SettlementComponents),
            ["product_data"] = new JsonObject(),
        };
    }
}
