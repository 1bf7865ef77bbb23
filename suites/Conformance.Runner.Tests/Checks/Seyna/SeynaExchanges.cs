using System.Text.Json.Nodes;
using Conformance.Runner.Checks;

namespace Conformance.Runner.Tests.Checks.Seyna;

/// <summary>Seyna answers for the Seyna check tests, and runs of them that carry the earlier answers as a workflow would.</summary>
public static class SeynaExchanges
{
    public const string Base = "http://p/seyna/v2/portfolios/pf_1";

    public static ExchangeContext Answer(string operationId, JsonNode body, string path, int status = 200, IReadOnlyList<ExchangeContext>? earlier = null) =>
        CheckTestData.Contract("seyna", operationId, status, body.ToJsonString(), Base + path) is var context && earlier is not null
            ? new ExchangeContext(context.Spec, context.Operation, context.Exchange) { ApiId = "seyna", Earlier = earlier }
            : CheckTestData.Contract("seyna", operationId, status, body.ToJsonString(), Base + path);

    /// <summary>Answers in order, each with the ones before it as <see cref="ExchangeContext.Earlier"/>; returns the last.</summary>
    public static ExchangeContext Run(params (string OperationId, JsonNode Body, string Path)[] answers)
    {
        var earlier = new List<ExchangeContext>();
        ExchangeContext? last = null;
        foreach (var (operationId, body, path) in answers)
        {
            last = Answer(operationId, body, path, earlier: [.. earlier]);
            earlier.Add(last);
        }

        return last!;
    }

    /// <summary>One guarantee whose other components are fixed shares of the premium, so amounts split alike.</summary>
    public static JsonObject Guarantees(decimal premium) => new()
    {
        ["fire"] = new JsonObject { ["premium"] = premium, ["tax"] = premium / 10, ["discount"] = 0, ["broker_fee"] = premium / 10, ["cost_acquisition"] = premium / 20 },
    };

    public static JsonObject Contract(string id, string start, string end, JsonObject guarantees, string? cancelReason = null)
    {
        var contract = new JsonObject
        {
            ["object"] = "contract", ["id"] = id, ["portfolio_id"] = "pf_1", ["product_id"] = "mrh", ["version"] = 1,
            ["timestamp"] = "2026-01-01", ["reference"] = "R", ["customer_id"] = "C", ["creation_date"] = "2026-01-01T00:00:00Z",
            ["last_update"] = "2026-01-01T00:00:00Z", ["subscriber"] = new JsonArray(new JsonObject { ["type"] = "individual", ["name"] = "A" }),
            ["insured"] = new JsonArray(), ["beneficiary"] = new JsonArray(), ["subscription_date"] = "2025-12-01", ["issuance_date"] = "2025-12-02",
            ["start_cover_date"] = start, ["end_cover_date"] = end, ["guarantees"] = guarantees, ["product_data"] = new JsonObject(),
        };
        if (cancelReason is not null)
        {
            contract["cancel_reason"] = cancelReason;
        }

        return contract;
    }

    public static JsonObject Receipt(string id, string contractId, string start, string end, JsonObject guarantees) => new()
    {
        ["object"] = "receipt", ["id"] = id, ["portfolio_id"] = "pf_1", ["contract_id"] = contractId, ["product_id"] = "mrh", ["version"] = 1,
        ["timestamp"] = "2026-01-01", ["reference"] = "Q", ["issuance_date"] = "2025-12-02", ["due_date"] = start,
        ["creation_date"] = "2026-01-01T00:00:00Z", ["last_update"] = "2026-01-01T00:00:00Z",
        ["start_cover_date"] = start, ["end_cover_date"] = end, ["guarantees"] = guarantees, ["product_data"] = new JsonObject(),
    };

    public static JsonObject Claim(string id, string status, decimal paid, decimal outstanding) => new()
    {
        ["object"] = "claim", ["id"] = id, ["portfolio_id"] = "pf_1", ["contract_id"] = "K1", ["product_id"] = "mrh", ["version"] = 1,
        ["timestamp"] = "2026-01-01", ["reference"] = "S", ["status"] = status, ["creation_date"] = "2026-01-01T00:00:00Z",
        ["last_update"] = "2026-01-01T00:00:00Z", ["occurence_date"] = "2026-01-01", ["occurence_location"] = "Lyon",
        ["notification_date"] = "2026-01-02", ["claim_type"] = "fire", ["product_data"] = new JsonObject(),
        ["guarantees"] = new JsonObject
        {
            ["fire"] = new JsonObject
            {
                ["fgu_claim"] = 2000, ["paid"] = paid, ["outstanding"] = outstanding, ["management_paid"] = 0, ["management_outstanding"] = 0,
                ["subrogation_paid"] = 0, ["subrogation_outstanding"] = 0,
            },
        },
    };

    public static JsonObject Settlement(string id, string claimId, decimal paid) => new()
    {
        ["object"] = "settlement", ["id"] = id, ["portfolio_id"] = "pf_1", ["claim_id"] = claimId, ["product_id"] = "mrh", ["version"] = 1,
        ["timestamp"] = "2026-01-01", ["reference"] = "P", ["payment_date"] = "2026-01-03", ["creation_date"] = "2026-01-01T00:00:00Z",
        ["last_update"] = "2026-01-01T00:00:00Z", ["product_data"] = new JsonObject(),
        ["guarantees"] = new JsonObject { ["fire"] = new JsonObject { ["paid"] = paid, ["management_paid"] = 0, ["subrogation_paid"] = 0 } },
    };

    public static JsonObject List(string url, IEnumerable<JsonObject> items, string? next = null)
    {
        var list = new JsonObject { ["object"] = "list", ["url"] = url, ["data"] = new JsonArray([.. items]) };
        if (next is not null)
        {
            list["next"] = next;
        }

        return list;
    }
}
