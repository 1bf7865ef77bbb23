using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Seeding;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>
/// A seeded contract and its receipts, decided from (global seed, portfolio, contract id) alone: one
/// year of cover split into equal receipt periods, amounts split in cents with the rest on the last
/// receipt (so the sums are exact), and for an early cancellation a contract cut after seven months with
/// guarantees reduced pro rata temporis and negative receipts for every receipt covering past the new
/// end; for a retraction the contract and its receipts collapsed to the start and zeroed.
/// </summary>
public sealed class SeynaContractPlan
{
    private const int CancelAfterMonths = 7;
    private readonly IReadOnlyList<string> names;
    private readonly int amountSeed;

    public SeynaContractPlan(int globalSeed, SeynaPortfolio portfolio, int number, IReadOnlyList<string> guaranteeNames, int receipts, SeynaContractFate fate, DateTimeOffset referenceDate)
    {
        Number = number;
        Product = portfolio.ProductId.ToUpperInvariant();
        Id = "C" + number.ToString("D6", CultureInfo.InvariantCulture);
        Seed = StableSeed.For(globalSeed, "seyna", "contract", portfolio.Id + "/" + Id);
        var random = new StableRandom(Seed);
        Receipts = receipts;
        Fate = fate;
        Start = referenceDate.UtcDateTime.Date.AddDays(-random.Next(30, 700));
        End = Start.AddYears(1);
        Subscription = Start.AddDays(-random.Next(5, 40));
        Issuance = Subscription.AddDays(1);
        names = guaranteeNames;
        amountSeed = random.Next(0, int.MaxValue);
        CancelEnd = Start.AddMonths(CancelAfterMonths);
        CancelDate = fate == SeynaContractFate.Retracted ? Start.AddDays(10) : CancelEnd.AddDays(-10);
    }

    /// <summary>The guarantees of version 1; computed when a body is rendered, never at seeding.</summary>
    public IReadOnlyDictionary<string, decimal[]> Amounts
    {
        get
        {
            var random = new StableRandom(amountSeed);
            return names.ToDictionary(n => n, _ => Guarantee(random), StringComparer.Ordinal);
        }
    }

    /// <summary>The guarantees after an early cancellation, reduced pro rata temporis.</summary>
    public IReadOnlyDictionary<string, decimal[]> CancelledAmounts
    {
        get
        {
            var kept = (decimal)(CancelEnd - Start).TotalDays / (decimal)(End - Start).TotalDays;
            // Cut on a receipt boundary, the contract keeps exactly the instalments before it (no receipt
            // straddles the new end to absorb the difference from a pro rata by days).
            return CancelAfterMonths * Receipts % 12 == 0
                ? SeynaMoney.Apply(Amounts, (v, _) => Math.Floor(v * 100 / Receipts) / 100 * (CancelAfterMonths * Receipts / 12))
                : SeynaMoney.Apply(Amounts, (v, _) => SeynaMoney.Cents(v * kept));
        }
    }

    /// <summary>The receipts' ids, timestamps per version and periods, without amounts: what seeding needs.</summary>
    public IEnumerable<(string Id, int Versions, DateTime Issued, int Index)> ReceiptSchedule()
    {
        var retracted = Fate == SeynaContractFate.Retracted;
        for (var k = 0; k < Receipts; k++)
        {
            yield return (ReceiptId(k + 1), retracted ? 2 : 1, k == 0 ? Issuance : Start.AddMonths(12 * k / Receipts).AddDays(-15), k);
        }

        if (Fate == SeynaContractFate.CancelledEarly)
        {
            var index = Receipts;
            for (var k = 0; k < Receipts; k++)
            {
                if (Start.AddMonths(12 * (k + 1) / Receipts) > CancelEnd)
                {
                    yield return (ReceiptId(index + 1), 1, CancelDate, index);
                    index++;
                }
            }
        }
    }

    public int Number { get; }
    public string Product { get; }
    public string Id { get; }
    public int Seed { get; }
    public int Receipts { get; }
    public SeynaContractFate Fate { get; }
    public DateTime Start { get; }
    public DateTime End { get; }
    public DateTime Subscription { get; }
    public DateTime Issuance { get; }
    public DateTime CancelEnd { get; }
    public DateTime CancelDate { get; }

    public int ContractVersions => Fate == SeynaContractFate.Running ? 1 : 2;

    public static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));

    public DateTimeOffset ContractTimestamp(int version) => Utc(version == 1 ? Issuance : CancelDate);

    public string SplittingType => Receipts switch
    {
        1 => "single",
        2 => "half_yearly",
        4 => "quarterly",
        12 => "monthly",
        _ => "yearly",
    };

    /// <summary>The client-owned content of one contract version.</summary>
    public JsonObject Contract(int version, JsonObject subscriber, string iban)
    {
        var content = new JsonObject
        {
            ["timestamp"] = SeynaDates.Format(ContractTimestamp(version)),
            ["reference"] = $"{Product}-{Start.Year}-{Number:D6}",
            ["customer_id"] = $"CUST-{Number:D6}",
            ["subscriber"] = new JsonArray(subscriber.DeepClone()),
            ["insured"] = new JsonArray(subscriber.DeepClone()),
            ["beneficiary"] = new JsonArray(),
            ["splitting_type"] = SplittingType,
            ["splitting_fee"] = Receipts > 1 ? 12m : 0m,
            ["subscription_date"] = SeynaDates.Format(Utc(Subscription)),
            ["issuance_date"] = SeynaDates.Format(Utc(Issuance)),
            ["start_cover_date"] = SeynaDates.Format(Utc(Start)),
            ["end_cover_date"] = SeynaDates.Format(Utc(version == 1 ? End : Fate == SeynaContractFate.Retracted ? Start : CancelEnd)),
        };
        var guarantees = version == 1 ? Amounts : Fate == SeynaContractFate.Retracted ? SeynaMoney.Apply(Amounts, (_, _) => 0m) : CancelledAmounts;
        if (version > 1)
        {
            content["cancel_date"] = SeynaDates.Format(Utc(CancelDate));
            content["cancel_reason"] = Fate == SeynaContractFate.Retracted ? "retraction" : "subscriber_request";
            content["cancel_guarantees"] = SeynaMoney.Map(Minus(Amounts, guarantees), SeynaMoney.ContractComponents);
        }

        content["guarantees"] = SeynaMoney.Map(guarantees, SeynaMoney.ContractComponents);
        content["product_data"] = new JsonObject { ["payer_iban"] = iban, ["payment_method"] = Receipts > 1 ? "direct_debit" : "card" };
        return content;
    }

    /// <summary>The receipts: (id, versions) with their positive instalments first, then the negative ones of a cancellation.</summary>
    public IReadOnlyList<SeynaReceiptPlan> ReceiptPlans()
    {
        var plans = new List<SeynaReceiptPlan>(Receipts + 2);
        var amounts = Amounts;
        var instalment = SeynaMoney.Apply(amounts, (v, _) => Math.Floor(v * 100 / Receipts) / 100);
        var rest = SeynaMoney.Apply(amounts, (v, _) => v);
        for (var k = 0; k < Receipts; k++)
        {
            var start = Start.AddMonths(12 * k / Receipts);
            var end = Start.AddMonths(12 * (k + 1) / Receipts);
            var share = k == Receipts - 1 ? rest : instalment;
            rest = Minus(rest, instalment);
            plans.Add(new SeynaReceiptPlan(ReceiptId(k + 1), start, end, share, k == 0 ? Issuance : start.AddDays(-15), Fate == SeynaContractFate.Retracted));
        }

        if (Fate == SeynaContractFate.CancelledEarly)
        {
            AddOffsets(plans, amounts);
        }

        return plans;
    }

    public string ReceiptId(int index) => $"{Id}-R{index:D2}";

    /// <summary>Component-wise a − b over a's guarantees.</summary>
    private static Dictionary<string, decimal[]> Minus(IReadOnlyDictionary<string, decimal[]> a, IReadOnlyDictionary<string, decimal[]> b) =>
        a.ToDictionary(p => p.Key, p => p.Value.Select((v, i) => v - b[p.Key][i]).ToArray(), StringComparer.Ordinal);

    private void AddOffsets(List<SeynaReceiptPlan> plans, IReadOnlyDictionary<string, decimal[]> amounts)
    {
        var cancelled = CancelledAmounts;
        var beyond = plans.Where(p => p.End > CancelEnd).ToList();
        var fully = beyond.Where(p => p.Start >= CancelEnd).ToList();
        var index = Receipts;
        foreach (var receipt in beyond)
        {
            IReadOnlyDictionary<string, decimal[]> offset;
            if (receipt.Start >= CancelEnd)
            {
                offset = SeynaMoney.Apply(receipt.Amounts, (v, _) => -v);
            }
            else
            {
                // The straddling receipt's offset is what brings the sum down to the reduced contract exactly.
                var keptByOthers = fully.Aggregate(Minus(amounts, cancelled), (left, f) => Minus(left, f.Amounts));
                offset = SeynaMoney.Apply(keptByOthers, (v, _) => -v);
            }

            var start = receipt.Start > CancelEnd ? receipt.Start : CancelEnd;
            plans.Add(new SeynaReceiptPlan(ReceiptId(++index), start, receipt.End, offset, CancelDate, false) { Offset = true });
        }
    }

    private static decimal[] Guarantee(StableRandom random)
    {
        var premium = random.Next(2_000, 40_000) / 100m;
        return
        [
            premium,
            SeynaMoney.Cents(premium * 0.09m),
            random.Next(0, 4) == 0 ? SeynaMoney.Cents(premium * 0.05m) : 0m,
            SeynaMoney.Cents(premium * 0.10m),
            SeynaMoney.Cents(premium * 0.05m),
        ];
    }
}
