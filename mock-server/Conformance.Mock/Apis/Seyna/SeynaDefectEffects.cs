using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Mock.Apis.Seyna.State;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>What the write-side defects change, kept apart so the correct path reads plainly.</summary>
public static class SeynaDefectEffects
{
    /// <summary>Before the version is decided: a receipt's first premium is stored 1 EUR higher.</summary>
    public static void OnWrite(SeynaRuntime runtime, SeynaKind kind, JsonObject content)
    {
        if (kind == SeynaKind.Receipt && runtime.Defect(SeynaDefects.ReceiptsDoNotAddUp)
            && content["guarantees"] is JsonObject guarantees && guarantees.FirstOrDefault().Value is JsonObject first && first["premium"] is JsonValue premium)
        {
            first["premium"] = premium.GetValue<decimal>() + 1m;
        }
    }

    /// <summary>Before the version is decided: a receipt's cover ends one day late.</summary>
    public static void OnReceiptWrite(SeynaRuntime runtime, SeynaKind kind, JsonObject content)
    {
        if (kind == SeynaKind.Receipt && runtime.Defect(SeynaDefects.ReceiptEndShifted) && content["end_cover_date"] is JsonValue end
            && SeynaDates.TryParse(end.GetValue<string>(), out var instant))
        {
            content["end_cover_date"] = SeynaDates.Format(instant.AddDays(1));
        }
    }

    /// <summary>Before the version is decided: a settlement's paid amounts are stored halved.</summary>
    public static void OnSettlementWrite(SeynaRuntime runtime, SeynaKind kind, JsonObject content)
    {
        if (kind != SeynaKind.Settlement || !runtime.Defect(SeynaDefects.SettlementPaidHalved) || content["guarantees"] is not JsonObject guarantees)
        {
            return;
        }

        foreach (var (_, value) in guarantees)
        {
            if (value is JsonObject amounts && amounts["paid"] is JsonValue paid)
            {
                amounts["paid"] = paid.GetValue<decimal>() / 2;
            }
        }
    }

    /// <summary>A new version of an existing object: a closing claim keeps the previous version's outstanding amounts.</summary>
    public static void OnNewVersion(SeynaRuntime runtime, SeynaKind kind, JsonObject content, JsonObject previous)
    {
        if (kind != SeynaKind.Claim || !runtime.Defect(SeynaDefects.ClosedClaimOutstanding) || content["status"]?.GetValue<string>() != "closed"
            || content["guarantees"] is not JsonObject guarantees || previous["guarantees"] is not JsonObject before)
        {
            return;
        }

        foreach (var (name, value) in guarantees)
        {
            if (value is JsonObject amounts && before[name] is JsonObject old)
            {
                foreach (var component in new[] { "outstanding", "management_outstanding", "subrogation_outstanding" })
                {
                    amounts[component] = old[component]?.DeepClone();
                }
            }
        }
    }

    /// <summary>After a retraction is stored: the provider emits a negative receipt of its own.</summary>
    public static void AfterContractWrite(SeynaRuntime runtime, SeynaPortfolioState state, string id, SeynaVersion stored, DateTimeOffset now)
    {
        var contract = stored.Body();
        if (!runtime.Defect(SeynaDefects.RetractionNegativeReceipt) || contract["cancel_reason"]?.GetValue<string>() != "retraction"
            || contract["cancel_guarantees"] is not JsonObject removed)
        {
            return;
        }

        var receiptId = id + "-RX";
        var negated = new JsonObject();
        foreach (var (name, value) in removed)
        {
            negated[name] = new JsonObject(((JsonObject)value!).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(-p.Value!.GetValue<decimal>()))));
        }

        var start = contract["start_cover_date"]!.GetValue<string>();
        var content = new JsonObject
        {
            ["contract_id"] = id,
            ["timestamp"] = contract["timestamp"]!.DeepClone(),
            ["reference"] = "offset-" + id,
            ["issuance_date"] = start,
            ["due_date"] = start,
            ["start_cover_date"] = start,
            ["end_cover_date"] = SeynaDates.Format(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).AddYears(1)),
            ["guarantees"] = negated,
        };
        _ = SeynaDates.TryParse(contract["timestamp"]!.GetValue<string>(), out var timestamp);
        state[SeynaKind.Receipt].Write(receiptId, latest =>
        {
            var version = (latest?.Version ?? 0) + 1;
            var body = SeynaStored.Compose(SeynaKind.Receipt, state.Portfolio, receiptId, version, content, now, now);
            return (new SeynaVersion(receiptId, version, timestamp, id, () => body), 0);
        });
    }
}
