using System.Text.Json.Nodes;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// The accounting rules the invariants extension reports, as the contract words them (guarantee sums
/// within 0.01, paving with netting, single receipt, cancellation, retraction; claim rules). Pure
/// functions of the latest versions given.
/// </summary>
public static class SeynaInvariants
{
    private const decimal Tolerance = 0.01m;
    private static readonly string[] ContractComponents = ["premium", "tax", "discount", "broker_fee", "cost_acquisition"];

    public static JsonArray ForContract(JsonObject contract, IReadOnlyList<JsonObject> receipts)
    {
        var results = new JsonArray();
        var guarantees = contract["guarantees"];
        var sums = new List<JsonObject>();
        foreach (var name in SeynaAmounts.Names(guarantees).Union(receipts.SelectMany(r => SeynaAmounts.Names(r["guarantees"]))).Order(StringComparer.Ordinal))
        {
            foreach (var component in ContractComponents)
            {
                var expected = SeynaAmounts.Of(guarantees, name, component);
                var actual = receipts.Sum(r => SeynaAmounts.Of(r["guarantees"], name, component));
                if (Math.Abs(expected - actual) > Tolerance)
                {
                    sums.Add(Violation($"receipts sum to {actual} for {name}.{component}, the contract says {expected}", guarantee: name, component: component, expected: expected, actual: actual));
                }
            }
        }

        results.Add(Result("guarantee_sum", "error", sums, "receipts add up to the contract's guarantees"));
        results.Add(Result("paving", "error", Paving(contract, receipts), "receipts pave the contract's cover period"));
        results.Add(receipts.Count == 1 ? Result("single_receipt", "error", SingleReceipt(contract, receipts[0]), "the single receipt matches the contract") : NotApplicable("single_receipt", "error", "more or fewer than one receipt"));
        var reason = contract["cancel_reason"]?.GetValue<string>();
        var cancelled = (contract["cancel_date"] is not null || reason is not null) && reason != "retraction";
        results.Add(cancelled ? Result("cancellation", "error", Cancellation(contract, receipts), "no net coverage after the new end") : NotApplicable("cancellation", "error", "not cancelled"));
        results.Add(reason == "retraction" ? Result("retraction", "error", Retraction(contract, receipts), "contract and receipts collapsed and zeroed") : NotApplicable("retraction", "error", "not retracted"));
        return results;
    }

    public static JsonArray ForClaim(JsonObject claim, IReadOnlyList<JsonObject> history, IReadOnlyList<JsonObject> settlements)
    {
        var results = new JsonArray();
        var guarantees = claim["guarantees"];
        var closed = claim["status"]?.GetValue<string>() == "closed";
        var outstanding = new List<JsonObject>();
        foreach (var name in SeynaAmounts.Names(guarantees))
        {
            foreach (var component in new[] { "outstanding", "management_outstanding", "subrogation_outstanding" })
            {
                if (SeynaAmounts.Of(guarantees, name, component) is var value and not 0m)
                {
                    outstanding.Add(Violation($"closed claim has {name}.{component} = {value}", guarantee: name, component: component, expected: 0m, actual: value));
                }
            }
        }

        results.Add(closed ? Result("claim_closed_outstanding", "error", outstanding, "every outstanding amount is 0") : NotApplicable("claim_closed_outstanding", "error", "the claim is open"));
        var sums = new List<JsonObject>();
        foreach (var name in SeynaAmounts.Names(guarantees))
        {
            foreach (var component in new[] { "paid", "management_paid", "subrogation_paid" })
            {
                var expected = SeynaAmounts.Of(guarantees, name, component);
                var actual = settlements.Sum(s => SeynaAmounts.Of(s["guarantees"], name, component));
                if (Math.Abs(expected - actual) > Tolerance)
                {
                    sums.Add(Violation($"settlements sum to {actual} for {name}.{component}, the claim says {expected}", guarantee: name, component: component, expected: expected, actual: actual));
                }
            }
        }

        results.Add(Result("settlement_sum", "error", sums, "settlements add up to the paid amounts"));
        results.Add(Result("settlement_per_payment", "error", PerPayment(history, settlements), "each payment has a settlement of its amount"));
        var low = new List<JsonObject>();
        foreach (var name in SeynaAmounts.Names(guarantees))
        {
            decimal Of(string c) => SeynaAmounts.Of(guarantees, name, c);
            var value = Of("paid") + Of("outstanding") + Of("management_paid") + Of("management_outstanding") - Of("subrogation_paid") - Of("subrogation_outstanding");
            if (Of("fgu_claim") < value)
            {
                low.Add(Violation($"fgu_claim {Of("fgu_claim")} is below the claim value {value}", guarantee: name, component: "fgu_claim", expected: value, actual: Of("fgu_claim")));
            }
        }

        results.Add(Result("fgu_claim_at_least_value", "warning", low, "fgu_claim is at least the claim value"));
        return results;
    }

    private static List<JsonObject> Paving(JsonObject contract, IReadOnlyList<JsonObject> receipts)
    {
        var start = SeynaAmounts.Instant(contract, "start_cover_date");
        var end = SeynaAmounts.Instant(contract, "end_cover_date");
        var edges = new SortedDictionary<DateTimeOffset, int> { [start] = 0, [end] = 0 };
        foreach (var receipt in receipts)
        {
            var (from, to) = (SeynaAmounts.Instant(receipt, "start_cover_date"), SeynaAmounts.Instant(receipt, "end_cover_date"));
            if (to <= from)
            {
                continue;
            }

            var sign = SeynaAmounts.IsNegative(receipt) ? -1 : 1;
            edges[from] = edges.GetValueOrDefault(from) + sign;
            edges[to] = edges.GetValueOrDefault(to) - sign;
        }

        var violations = new List<JsonObject>();
        var coverage = 0;
        var points = edges.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            coverage += points[i].Value;
            var inside = points[i].Key >= start && points[i + 1].Key <= end && start < end;
            if (coverage != (inside ? 1 : 0))
            {
                violations.Add(Violation($"net coverage {coverage} where {(inside ? 1 : 0)} is due", start: points[i].Key, end: points[i + 1].Key));
            }
        }

        return violations;
    }

    private static List<JsonObject> SingleReceipt(JsonObject contract, JsonObject receipt)
    {
        var violations = new List<JsonObject>();
        foreach (var member in new[] { "start_cover_date", "end_cover_date" })
        {
            if (SeynaAmounts.Instant(contract, member) != SeynaAmounts.Instant(receipt, member))
            {
                violations.Add(Violation($"{member} differs from the contract's", receipt["id"]?.GetValue<string>()));
            }
        }

        return violations;
    }

    private static List<JsonObject> Cancellation(JsonObject contract, IReadOnlyList<JsonObject> receipts)
    {
        var end = SeynaAmounts.Instant(contract, "end_cover_date");
        var beyond = receipts.Where(r => SeynaAmounts.Instant(r, "end_cover_date") > end && SeynaAmounts.Instant(r, "end_cover_date") > SeynaAmounts.Instant(r, "start_cover_date"))
            .Sum(r => SeynaAmounts.IsNegative(r) ? -1 : 1);
        return beyond > 0 ? [Violation("receipts still cover past the contract's end_cover_date without offsetting receipts")] : [];
    }

    private static List<JsonObject> Retraction(JsonObject contract, IReadOnlyList<JsonObject> receipts)
    {
        var violations = new List<JsonObject>();
        foreach (var item in receipts.Prepend(contract))
        {
            var id = item["id"]?.GetValue<string>();
            if (SeynaAmounts.Instant(item, "end_cover_date") != SeynaAmounts.Instant(item, "start_cover_date"))
            {
                violations.Add(Violation("cover period not collapsed", id));
            }

            foreach (var name in SeynaAmounts.Names(item["guarantees"]))
            {
                foreach (var component in ContractComponents.Where(c => SeynaAmounts.Of(item["guarantees"], name, c) != 0m))
                {
                    violations.Add(Violation($"{name}.{component} is not 0", id, name, component, 0m, SeynaAmounts.Of(item["guarantees"], name, component)));
                }
            }
        }

        return violations;
    }

    private static List<JsonObject> PerPayment(IReadOnlyList<JsonObject> history, IReadOnlyList<JsonObject> settlements)
    {
        var unmatched = settlements.ToList();
        var violations = new List<JsonObject>();
        for (var i = 1; i < history.Count; i++)
        {
            foreach (var name in SeynaAmounts.Names(history[i]["guarantees"]))
            {
                var increase = SeynaAmounts.Of(history[i]["guarantees"], name, "paid") - SeynaAmounts.Of(history[i - 1]["guarantees"], name, "paid");
                if (increase <= 0m)
                {
                    continue;
                }

                var match = unmatched.FirstOrDefault(s => Math.Abs(SeynaAmounts.Of(s["guarantees"], name, "paid") - increase) <= Tolerance);
                if (match is null)
                {
                    violations.Add(Violation($"paid rose by {increase} in version {i + 1} without a settlement of that amount", guarantee: name, component: "paid", expected: increase));
                }
                else
                {
                    unmatched.Remove(match);
                }
            }
        }

        return violations;
    }

    private static JsonObject Result(string rule, string severity, List<JsonObject> violations, string passed) => new()
    {
        ["object"] = "invariant_result",
        ["rule"] = rule,
        ["severity"] = severity,
        ["status"] = violations.Count == 0 ? "passed" : "failed",
        ["msg"] = violations.Count == 0 ? passed : $"{violations.Count} violation(s)",
        ["violations"] = new JsonArray([.. violations]),
    };

    private static JsonObject NotApplicable(string rule, string severity, string why) => new()
    {
        ["object"] = "invariant_result",
        ["rule"] = rule,
        ["severity"] = severity,
        ["status"] = "not_applicable",
        ["msg"] = why,
        ["violations"] = new JsonArray(),
    };

    private static JsonObject Violation(string msg, string? objectId = null, string? guarantee = null, string? component = null, decimal? expected = null, decimal? actual = null, DateTimeOffset? start = null, DateTimeOffset? end = null)
    {
        var violation = new JsonObject { ["msg"] = msg };
        if (objectId is not null) { violation["object_id"] = objectId; }
        if (guarantee is not null) { violation["guarantee"] = guarantee; }
        if (component is not null) { violation["component"] = component; }
        if (expected is not null) { violation["expected"] = expected; }
        if (actual is not null) { violation["actual"] = actual; }
        if (start is not null) { violation["start"] = SeynaDates.Format(start.Value); }
        if (end is not null) { violation["end"] = SeynaDates.Format(end.Value); }
        return violation;
    }
}
