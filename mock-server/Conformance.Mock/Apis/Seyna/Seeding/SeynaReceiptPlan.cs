using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;

namespace Conformance.Mock.Apis.Seyna.Seeding;

/// <summary>
/// One seeded receipt: its cover period, amounts and issue date; an offset (negative) receipt of an
/// early cancellation, or one of a retracted contract, which gets a second version collapsed to the
/// contract's start with every amount 0.
/// </summary>
public sealed record SeynaReceiptPlan(string Id, DateTime Start, DateTime End, IReadOnlyDictionary<string, decimal[]> Amounts, DateTime Issued, bool Retracted)
{
    public bool Offset { get; init; }

    public int Versions => Retracted ? 2 : 1;

    public DateTimeOffset Timestamp(int version, SeynaContractPlan contract) =>
        SeynaContractPlan.Utc(version == 1 || Issued > contract.CancelDate ? Issued : contract.CancelDate);

    public JsonObject Content(int version, SeynaContractPlan contract, DateTimeOffset referenceDate)
    {
        var collapsed = version > 1;
        var start = collapsed ? contract.Start : Start;
        var content = new JsonObject
        {
            ["contract_id"] = contract.Id,
            ["timestamp"] = SeynaDates.Format(Timestamp(version, contract)),
            ["reference"] = $"Q-{Id}",
            ["issuance_date"] = SeynaDates.Format(SeynaContractPlan.Utc(Issued)),
            ["due_date"] = SeynaDates.Format(SeynaContractPlan.Utc(Offset ? Issued : Start)),
        };
        if (!Offset && Start < referenceDate.UtcDateTime)
        {
            content["payment_date"] = SeynaDates.Format(SeynaContractPlan.Utc(Start.AddDays(3)));
        }

        content["start_cover_date"] = SeynaDates.Format(SeynaContractPlan.Utc(start));
        content["end_cover_date"] = SeynaDates.Format(SeynaContractPlan.Utc(collapsed ? start : End));
        content["guarantees"] = SeynaMoney.Map(collapsed ? SeynaMoney.Apply(Amounts, (_, _) => 0m) : Amounts, SeynaMoney.ContractComponents);
        content["product_data"] = new JsonObject();
        return content;
    }
}
