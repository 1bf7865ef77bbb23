using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Seyna;

/// <summary>
/// Malformed requests against the Seyna operations: path ids, list parameters, timestamps, amounts,
/// dates, bodies and envelopes, media types, sizes and credentials. Each case names what it breaks and
/// the status the contract documents for it.
/// </summary>
public static class SeynaMalformedCorpus
{
    public sealed record Case(string Name, HttpMethod Method, string PathAndQuery, int Status, byte[]? Body = null, string? ContentType = "application/json", string? Authorization = null);

    private static readonly string[] Collections = ["contracts", "receipts", "claims", "settlements"];
    private static readonly string[] Lists = ["contracts", "contract-versions", "receipts", "receipt-versions", "claims", "claim-versions", "settlements", "settlement-versions", "settlement-events"];

    public static IEnumerable<Case> All() =>
        Ids().Concat(ListParameters()).Concat(Timestamps()).Concat(Amounts()).Concat(Dates()).Concat(Envelopes()).Concat(Headers());

    private static IEnumerable<Case> Ids()
    {
        var bad = new (string Name, string Segment)[]
        {
            ("leading dot", ".hidden"), ("space", "a%20b"), ("invalid utf-8", "%FF%FE"), ("129 characters", new string('a', 129)),
            ("accented", "caf%C3%A9"), ("encoded slash", "a%2Fb"), ("script", "%3Cscript%3E"), ("percent sign", "a%25b"), ("quote", "a%27b"),
        };
        foreach (var (name, segment) in bad)
        {
            yield return new($"portfolio id {name}", HttpMethod.Get, $"portfolios/{segment}", 400);
            yield return new($"portfolio id {name} in a list", HttpMethod.Get, $"portfolios/{segment}/contracts", 400);
            foreach (var collection in Collections)
            {
                yield return new($"{collection} id {name} on GET", HttpMethod.Get, $"portfolios/pf_0001/{collection}/{segment}", 400);
                yield return new($"{collection} id {name} on PUT", HttpMethod.Put, $"portfolios/pf_0002/{collection}/{segment}", 400, Json(SeynaTestBase.ContractBody()));
            }
        }

        yield return new("unknown portfolio", HttpMethod.Get, "portfolios/pf_9999/contracts", 404);
        yield return new("unknown portfolio on PUT", HttpMethod.Put, "portfolios/pf_9999/contracts/X1", 404, Json(SeynaTestBase.ContractBody()));
        foreach (var collection in Collections)
        {
            yield return new($"unknown {collection} id", HttpMethod.Get, $"portfolios/pf_0001/{collection}/unknown-id-00", 404);
        }
    }

    private static IEnumerable<Case> ListParameters()
    {
        var bad = new[] { "limit=0", "limit=101", "limit=-1", "limit=1.5", "limit=ten", "limit=", "limit=1e2", "limit=%201", "limit=1&limit=2", "sort=ASC", "sort=", "sort=up", "sort=asc&sort=desc", "from=garbage", "from=a%00b", "from=" + new string('x', 600), "from=a.b" };
        foreach (var list in Lists)
        {
            foreach (var query in bad)
            {
                yield return new($"{list} {query[..Math.Min(query.Length, 20)]}", HttpMethod.Get, $"portfolios/pf_0001/{list}?{query}", 400);
            }
        }

        foreach (var query in bad.Take(6))
        {
            yield return new($"portfolios {query}", HttpMethod.Get, $"portfolios?{query}", 400);
        }
    }

    private static IEnumerable<Case> Timestamps()
    {
        var bad = new JsonNode?[] { "2026-13-01", "2026-02-30", "yesterday", 20260101, "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", null, "", true, "2026-01-01T25:00:00Z", "01/02/2026", "2026-1-1" };
        foreach (var value in bad)
        {
            var body = SeynaTestBase.ContractBody();
            body["timestamp"] = value?.DeepClone();
            yield return new($"timestamp {value?.ToJsonString() ?? "null"}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-TS", 400, Json(body));
            var receipt = SeynaTestBase.ReceiptBody("X");
            receipt["timestamp"] = value?.DeepClone();
            yield return new($"receipt timestamp {value?.ToJsonString() ?? "null"}", HttpMethod.Put, "portfolios/pf_0002/receipts/BAD-TS", 400, Json(receipt));
        }

        var older = SeynaTestBase.ContractBody(timestamp: "2000-01-01");
        yield return new("timestamp older than the seeded version", HttpMethod.Put, "portfolios/pf_0001/contracts/C000001", 409, Json(older));
    }

    private static IEnumerable<Case> Amounts()
    {
        var bad = new JsonNode?[] { "100", null, true, new JsonObject(), new JsonArray(), "1e3", "" };
        foreach (var component in new[] { "premium", "tax", "discount", "broker_fee", "cost_acquisition" })
        {
            foreach (var value in bad)
            {
                var body = SeynaTestBase.ContractBody();
                body["guarantees"]!["professional_liability"]![component] = value?.DeepClone();
                yield return new($"{component} {value?.ToJsonString() ?? "null"}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AMOUNT", 400, Json(body));
            }

            var missing = SeynaTestBase.ContractBody();
            missing["guarantees"]!["professional_liability"]!.AsObject().Remove(component);
            yield return new($"{component} missing", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AMOUNT", 400, Json(missing));
        }

        yield return new("amount beyond any decimal", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AMOUNT", 400,
            Encoding.UTF8.GetBytes(SeynaTestBase.ContractBody().ToJsonString().Replace("100.5", "1e400", StringComparison.Ordinal)));
        foreach (var value in new JsonNode?[] { new JsonArray(), "fire", 1, null })
        {
            var body = SeynaTestBase.ContractBody();
            body["guarantees"] = value?.DeepClone();
            yield return new($"guarantees {value?.ToJsonString() ?? "null"}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AMOUNT", 400, Json(body));
        }

        foreach (var (member, value) in new (string, JsonNode)[] { ("coinsurance", 1.5), ("coinsurance", -0.1), ("splitting_fee", -1), ("extra_broker_fee", -5) })
        {
            var body = SeynaTestBase.ContractBody();
            body[member] = value;
            yield return new($"{member} {value}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AMOUNT", 400, Json(body));
        }
    }

    private static IEnumerable<Case> Dates()
    {
        foreach (var member in new[] { "subscription_date", "issuance_date", "start_cover_date", "end_cover_date" })
        {
            foreach (var value in new JsonNode?[] { "2026-02-29", "tomorrow", 1, null, "2026-01-01T00:00:00+25:00" })
            {
                var body = SeynaTestBase.ContractBody();
                body[member] = value?.DeepClone();
                yield return new($"{member} {value?.ToJsonString() ?? "null"}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-DATE", 400, Json(body));
            }
        }

        yield return new("end before start", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-DATE", 400, Json(SeynaTestBase.ContractBody(start: "2026-05-01", end: "2026-04-30")));
        yield return new("receipt end before start", HttpMethod.Put, "portfolios/pf_0002/receipts/BAD-DATE", 400, Json(SeynaTestBase.ReceiptBody("X", start: "2026-05-01", end: "2026-04-30")));
        var birthday = SeynaTestBase.ContractBody();
        birthday["subscriber"]![0]!["birthday"] = "1980-02-30";
        yield return new("birthday not a date", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-DATE", 400, Json(birthday));
    }

    private static IEnumerable<Case> Envelopes()
    {
        var texts = new (string Name, string Text)[]
        {
            ("not JSON", "timestamp=2026"), ("empty body", ""), ("array", "[]"), ("string", "\"contract\""), ("number", "42"), ("null", "null"),
            ("truncated", "{\"timestamp\":\"2026-01-01\""), ("duplicate member", "{\"timestamp\":\"2026-01-01\",\"timestamp\":\"2026-01-02\"}"),
            ("trailing comma", "{\"timestamp\":\"2026-01-01\",}"), ("comment", "{/* x */}"), ("single quotes", "{'timestamp':'2026-01-01'}"),
            ("depth 100", new string('[', 100) + new string(']', 100)), ("deep object", string.Concat(Enumerable.Repeat("{\"a\":", 80)) + "1" + new string('}', 80)),
        };
        foreach (var (name, text) in texts)
        {
            foreach (var collection in Collections)
            {
                yield return new($"{collection} body {name}", HttpMethod.Put, $"portfolios/pf_0002/{collection}/BAD-BODY", 400, Encoding.UTF8.GetBytes(text));
            }
        }

        var members = new (string Name, Action<JsonObject> Change)[]
        {
            ("unknown member", b => b["colour"] = "blue"), ("wrong object", b => b["object"] = "receipt"), ("id mismatch", b => b["id"] = "OTHER"),
            ("portfolio mismatch", b => b["portfolio_id"] = "pf_0001"), ("product mismatch", b => b["product_id"] = "mrh"), ("no subscriber", b => b["subscriber"] = new JsonArray()),
            ("subscriber without name", b => b["subscriber"] = new JsonArray(new JsonObject { ["type"] = "individual" })),
            ("subscriber of unknown type", b => b["subscriber"] = new JsonArray(new JsonObject { ["type"] = "robot", ["name"] = "R2" })),
            ("missing reference", b => b.Remove("reference")), ("empty reference", b => b["reference"] = ""), ("missing customer_id", b => b.Remove("customer_id")),
            ("bad splitting_type", b => b["splitting_type"] = "weekly"), ("bad cancel_reason", b => b["cancel_reason"] = "boredom"),
            ("product_data not an object", b => b["product_data"] = "x"), ("insured not an array", b => b["insured"] = new JsonObject()),
            ("settlement field on contract", b => b["claim_id"] = "X"),
        };
        foreach (var (name, change) in members)
        {
            var body = SeynaTestBase.ContractBody();
            change(body);
            yield return new($"contract {name}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-MEMBER", 400, Json(body));
        }

        var settlement = new JsonObject
        {
            ["claim_id"] = "X", ["contract_id"] = "K", ["timestamp"] = "2026-01-01", ["reference"] = "R", ["payment_date"] = "2026-01-02",
            ["guarantees"] = new JsonObject { ["g"] = new JsonObject { ["paid"] = 1, ["management_paid"] = 0, ["subrogation_paid"] = 0 } },
        };
        yield return new("settlement with the removed contract_id", HttpMethod.Put, "portfolios/pf_0002/settlements/BAD-MEMBER", 400, Json(settlement));
        var claim = new JsonObject { ["contract_id"] = "K", ["timestamp"] = "2026-01-01", ["reference"] = "R", ["status"] = "pending" };
        yield return new("claim with an unknown status", HttpMethod.Put, "portfolios/pf_0002/claims/BAD-MEMBER", 400, Json(claim));
    }

    private static IEnumerable<Case> Headers()
    {
        var body = Json(SeynaTestBase.ContractBody());
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx" })
        {
            yield return new($"content type {type}", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-HEADER", 415, body, type);
        }

        yield return new("no content type", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-HEADER", 415, body, null);
        yield return new("body over 1 MiB", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-HEADER", 413, Encoding.UTF8.GetBytes("{\"reference\":\"" + new string('x', 1_100_000) + "\"}"));
        var auths = new[] { "Basic", "Basic ", "Basic c2V5bmEtdGVzdC1rZXk=", "Basic c2V5bmEtdGVzdC1rZXk6", "Bearer sk_test_5f3a9c1e7b2d4860a1c3e5f7", "Basic seyna-test-key:", "Basic :sk_test_5f3a9c1e7b2d4860a1c3e5f7", "Basic %%%", "Digest username=\"seyna-test-key\"", "basic" };
        foreach (var auth in auths)
        {
            yield return new($"authorization '{auth}' on GET", HttpMethod.Get, "portfolios/pf_0001/contracts", 401, null, null, auth);
            yield return new($"authorization '{auth}' on PUT", HttpMethod.Put, "portfolios/pf_0002/contracts/BAD-AUTH", 401, body, "application/json", auth);
        }

        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Post, HttpMethod.Patch })
        {
            yield return new($"{method} on a contract", method, "portfolios/pf_0001/contracts/C000001", 405, body);
            yield return new($"{method} on a list", method, "portfolios/pf_0001/contracts", 405, body);
        }
    }

    private static byte[] Json(JsonNode body) => Encoding.UTF8.GetBytes(body.ToJsonString());
}
