using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// Reading Seyna answers for the Seyna checks: the objects an answer carries (the object itself, or a
/// list's <c>data</c>), the latest version of every object seen so far in a workflow run, amounts as
/// decimals and dates as instants. Everything is read from what the provider returned.
/// </summary>
public static class SeynaAnswers
{
    public const string ApiId = "seyna";
    public const decimal Tolerance = 0.01m;

    public static readonly string[] ContractComponents = ["premium", "tax", "discount", "broker_fee", "cost_acquisition"];

    /// <summary>The objects of one successful answer whose <c>object</c> is <paramref name="kind"/> (any kind when null).</summary>
    public static IEnumerable<JsonObject> Objects(ExchangeContext context, string? kind = null)
    {
        if (context.IsInbound || context.Response is not { StatusCode: >= 200 and < 300 } || context.Json is not JsonObject body)
        {
            return [];
        }

        IEnumerable<JsonObject> all = Text(body, "object") == "list" && body["data"] is JsonArray data ? data.OfType<JsonObject>() : [body];
        return all.Where(o => kind is null ? Text(o, "object") is not (null or "list") : Text(o, "object") == kind);
    }

    /// <summary>
    /// The latest version seen of every object, by (object, portfolio, id), over the earlier exchanges of the
    /// run and this one; a later answer replaces an earlier one, a higher <c>version</c> wins when both carry one.
    /// </summary>
    public static Dictionary<(string Kind, string Portfolio, string Id), JsonObject> Known(ExchangeContext context)
    {
        var known = new Dictionary<(string, string, string), JsonObject>();
        foreach (var exchange in context.Earlier.Append(context))
        {
            foreach (var item in Objects(exchange))
            {
                if (Text(item, "object") is not { } kind || Text(item, "id") is not { } id)
                {
                    continue;
                }

                var key = (kind, Text(item, "portfolio_id") ?? string.Empty, id);
                if (!known.TryGetValue(key, out var seen) || !(Number(seen, "version") > Number(item, "version")))
                {
                    known[key] = item;
                }
            }
        }

        return known;
    }

    public static string? Text(JsonNode? node, string member) =>
        node is JsonObject obj && obj[member] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static decimal? Number(JsonNode? node, string member) =>
        node is JsonObject obj && obj[member] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? value.TryGetValue<decimal>(out var d) ? d : decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : null;

    /// <summary>A component of a guarantee map; a missing guarantee or component counts as 0.</summary>
    public static decimal Amount(JsonNode? guarantees, string name, string component) => Number(guarantees?[name], component) ?? 0m;

    public static IEnumerable<string> Names(JsonNode? guarantees) => guarantees is JsonObject map ? map.Select(p => p.Key) : [];

    /// <summary>A date field as an instant: a bare date is midnight UTC.</summary>
    public static DateTimeOffset? Instant(JsonNode? node, string member)
    {
        if (Text(node, member) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant.ToUniversalTime() : null;
    }

    /// <summary>A receipt is negative when the sum of its <c>premium</c> components is below 0 (the contract's rule).</summary>
    public static bool IsNegative(JsonNode receipt) => Names(receipt["guarantees"]).Sum(n => Amount(receipt["guarantees"], n, "premium")) < 0;

    /// <summary>
    /// Whether the receipts pave the contract's cover period: net coverage (+1 per positive receipt period,
    /// −1 per negative one, zero-length periods ignored) exactly 1 inside it and 0 outside.
    /// </summary>
    public static bool Paves(JsonNode contract, IReadOnlyCollection<JsonNode> receipts)
    {
        if (Instant(contract, "start_cover_date") is not { } start || Instant(contract, "end_cover_date") is not { } end)
        {
            return false;
        }

        var edges = new SortedDictionary<DateTimeOffset, int> { [start] = 0, [end] = 0 };
        foreach (var receipt in receipts)
        {
            if (Instant(receipt, "start_cover_date") is not { } from || Instant(receipt, "end_cover_date") is not { } to)
            {
                return false;
            }

            if (to > from)
            {
                var sign = IsNegative(receipt) ? -1 : 1;
                edges[from] = edges.GetValueOrDefault(from) + sign;
                edges[to] = edges.GetValueOrDefault(to) - sign;
            }
        }

        var coverage = 0;
        var points = edges.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            coverage += points[i].Value;
            var inside = points[i].Key >= start && points[i + 1].Key <= end;
            if (coverage != (inside ? 1 : 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The known receipts of a contract (same portfolio, <c>contract_id</c> equal to its id).</summary>
    public static List<JsonObject> ReceiptsOf(Dictionary<(string Kind, string Portfolio, string Id), JsonObject> known, string portfolio, string contractId) =>
        Children(known, "receipt", "contract_id", portfolio, contractId);

    /// <summary>The known settlements of a claim (same portfolio, <c>claim_id</c> equal to its id).</summary>
    public static List<JsonObject> SettlementsOf(Dictionary<(string Kind, string Portfolio, string Id), JsonObject> known, string portfolio, string? claimId) =>
        Children(known, "settlement", "claim_id", portfolio, claimId);

    /// <summary>The claims of this answer that are finished (<c>closed</c>).</summary>
    public static IEnumerable<JsonObject> ClosedClaims(ExchangeContext context) =>
        Objects(context, "claim").Where(c => Text(c, "status") == "closed");

    private static List<JsonObject> Children(Dictionary<(string Kind, string Portfolio, string Id), JsonObject> known, string kind, string parentMember, string portfolio, string? parentId) =>
        [.. known.Where(p => p.Key.Kind == kind && p.Key.Portfolio == portfolio && Text(p.Value, parentMember) == parentId).Select(p => p.Value)];
}
