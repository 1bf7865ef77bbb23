using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.SiviAfs;

/// <summary>
/// The bad-input corpus: malformed query parameters and <c>_filter</c> expressions, bodies, path ids,
/// headers, tokens and token requests, each with the answer the contract documents for it.
/// </summary>
public static class SiviAfsMalformedCorpus
{
    public static IEnumerable<SiviAfsBadRequest> All() =>
        Queries().Concat(Filters()).Concat(Bodies()).Concat(PathIds()).Concat(Headers()).Concat(TokenRequests());

    private static SiviAfsBadRequest Get(string name, string path, int status, string code) => new(name, "GET", path, status, code);

    private static IEnumerable<SiviAfsBadRequest> Queries()
    {
        foreach (var collection in new[] { "policies", "claims", "parties" })
        {
            foreach (var (value, why) in new[] { ("0", "zero"), ("-1", "negative"), ("1001", "above 1000"), ("ten", "text"), ("1.5", "decimal"), ("", "empty"), ("1e2", "exponent"), ("99999999999", "overflow") })
            {
                yield return Get($"{collection} limit {why}", $"{collection}?limit={Uri.EscapeDataString(value)}", 400, "02");
            }

            foreach (var (value, why) in new[] { ("-1", "negative"), ("x", "text"), ("0.5", "decimal"), ("", "empty") })
            {
                yield return Get($"{collection} offset {why}", $"{collection}?offset={Uri.EscapeDataString(value)}", 400, "02");
            }

            foreach (var value in new[] { "2025-02-30", "2025-13-01", "30-06-2025", "2025/06/30", "yesterday", "", "2025-6-1", "20250630" })
            {
                yield return Get($"{collection} validOn '{value}'", $"{collection}?validOn={Uri.EscapeDataString(value)}", 400, "02");
            }

            yield return Get($"{collection} limit twice", $"{collection}?limit=5&limit=6", 400, "02");
            yield return Get($"{collection} _sort twice", $"{collection}?_sort=refKey&_sort=-refKey", 400, "02");
        }

        foreach (var fields in new[] { "policy.nothing", "nothing", "-policy", "party,-object", "-party,object", "vessel", "party.nickname", "policy.", ".policy", "" })
        {
            yield return Get($"_fields '{fields}'", $"policies?_fields={Uri.EscapeDataString(fields)}", 400, "02");
        }

        foreach (var sort in new[] { "party.surname", "nothing", "-nothing", "policy.nothing", "claim.dateOfLoss", "", "-", "a,b,c,d,e,f", "coverage.sumInsured" })
        {
            yield return Get($"_sort '{sort}'", $"policies?_sort={Uri.EscapeDataString(sort)}", 400, "02");
        }

        yield return Get("claims _sort on an array", "claims?_sort=claim.claimRef", 400, "02");
        yield return Get("parties _sort on an array", "parties?_sort=-multipleNationalities", 400, "02");
        yield return Get("item validOn not a date", "policies/POL0000001?validOn=soon", 400, "02");
        yield return Get("item validOn twice", "claims/CLM0000001?validOn=2025-01-01&validOn=2025-01-02", 400, "02");
    }

    private static IEnumerable<SiviAfsBadRequest> Filters()
    {
        var bad = new[]
        {
            "party.policyHolder.surname|xx|Jansen", "party.policyHolder.surname|EQ|Jansen", "party.policyHolder.surname|eq|", "party.policyHolder.surname|eq",
            "party.policyHolder.surname", "party.policyHolder.surname|eq|Jansen|x", "party.policyHolder.surname|eq|Jansen,|eq|Utrecht", "|eq|Utrecht",
            "party.surname|eq|Jansen", "party..surname|eq|Jansen", "party.policyHolder.|eq|Jansen", ".policyHolder.surname|eq|Jansen", "party.policyHolder.surname.x|eq|Jansen",
            "party.nobody.surname|eq|Jansen", "vessel.default.name|eq|x", "party.policyHolder.nickname|eq|Jansen",
            "policy.policyDetails.premiumAmount|gt|lots", "policy.policyDetails.premiumAmount|gt|1,5", "policy.policyDetails.paymentTermInMonths|eq|1.5",
            "policy.policyDetails.paymentTermInMonths|in|1;x", "policy.policyDetails.effectiveDate|ge|2025-13-01", "policy.policyDetails.effectiveDate|ge|01-01-2025",
            "policy.policyDetails.effectiveDate|like|2025*", "policy.policyDetails.paymentTermInMonths|like|1*", "party.policyHolder.surname|isnull|maybe",
            "party.policyHolder.surname|isempty|1", "party.policyHolder.surname|isnull|", "party.policyHolder.surname|contains|Jansen",
            "party.policyHolder.multipleNationalities|eq|0001", "party.policyHolder.multipleNationalities|in|0001;0002", "party.policyHolder.multipleNationalities|lt|0001",
            "party.policyHolder.multipleNationalities|like|00*", "party.policyHolder.surname|in|Jansen;", "party.policyHolder.surname|in|;", "object.vehicle.constructionYear|gt|new",
            "policy.policyDetails.contractDurationInMonths|lt|twelve", "party.policyHolder.houseNumber|ge|12a", ",", "party.policyHolder.surname|eq|Jansen,",
        };
        for (var i = 0; i < bad.Length; i++)
        {
            yield return Get($"_filter {i + 1:00} '{bad[i]}'", $"policies?_filter={Uri.EscapeDataString(bad[i])}", 400, "02");
        }

        yield return Get("_filter on a boolean with lt", "claims?_filter=" + Uri.EscapeDataString("claim.default.useExpert|lt|true"), 400, "02");
        yield return Get("_filter boolean value not true/false", "claims?_filter=" + Uri.EscapeDataString("claim.default.useExpert|eq|yes"), 400, "02");
        yield return Get("_filter 21 conditions", "policies?_filter=" + Uri.EscapeDataString(string.Join(',', Enumerable.Repeat("policy.policyDetails.businessLine|eq|2100", 21))), 400, "02");
        yield return Get("_filter twice", "policies?_filter=" + Uri.EscapeDataString("policy.policyDetails.businessLine|eq|2100") + "&_filter=" + Uri.EscapeDataString("policy.policyDetails.businessLine|eq|4100"), 400, "02");
        yield return Get("_filter claims entity of policies", "claims?_filter=" + Uri.EscapeDataString("object.vehicle.licensePlate|eq|X"), 400, "02");
    }

    private static IEnumerable<SiviAfsBadRequest> Bodies()
    {
        foreach (var (collection, example) in new[] { ("policies", "PolicyNewRequest"), ("claims", "ClaimNewRequest"), ("parties", "PartyNewRequest") })
        {
            var main = collection switch { "policies" => "policy", "claims" => "claim", _ => "party" };
            SiviAfsBadRequest Post(string name, string body, int status, string code, string contentType = "application/json") =>
                new($"new {main}: {name}", "POST", collection, status, code) { Body = body, ContentType = contentType };
            string With(Action<JsonObject> change)
            {
                var body = SiviAfsExamples.Get(example);
                change(body);
                return body.ToJsonString();
            }

            yield return Post("not JSON", "{not json", 400, "01");
            yield return Post("empty body", "", 400, "01");
            yield return Post("a JSON array", "[]", 400, "01");
            yield return Post("a JSON string", "\"policy\"", 400, "01");
            yield return Post("a member named twice", "{\"commonFunctional\":[],\"commonFunctional\":[]}", 400, "01");
            yield return Post("text/plain", "{}", 415, "32", "text/plain");
            yield return Post("form body", "a=b", 415, "32", "application/x-www-form-urlencoded");
            yield return Post("XML", "<policy/>", 415, "32", "application/xml");
            yield return Post("latin-1 charset", "{}", 415, "32", "application/json; charset=iso-8859-1");
            yield return Post("empty object", "{}", 400, "01");
            yield return Post("unknown entity", With(b => b["vessel"] = new JsonArray(new JsonObject { ["entityType"] = "default" })), 400, "01");
            yield return Post("unknown attribute", With(b => b[main]![0]!["colour"] = "red"), 400, "01");
            yield return Post("main entity missing", With(b => b.Remove(main)), 400, "01");
            yield return Post("commonFunctional missing", With(b => b.Remove("commonFunctional")), 400, "01");
            yield return Post("entityType missing", With(b => b[main]![0]!.AsObject().Remove("entityType")), 400, "01");
            yield return Post("entityType unknown", With(b => b[main]![0]!["entityType"] = "nonsense"), 400, "01");
            yield return Post("entity not an array", With(b => b[main] = b[main]![0]!.DeepClone()), 400, "01");
            yield return Post("refKey with a space", With(b => b[main]![0]!["refKey"] = "a b"), 400, "01");
            yield return Post("dangling reference", With(b => b["party"]![0]!["objectRef"] = new JsonArray("nowhere")), 400, "03");
            yield return Post("refKey used twice", With(b => b[main]![0]!["refKey"] = b["party"]!.AsArray()[^1]!["refKey"]!.GetValue<string>()), 400, "03");
            yield return Post("a date that is no date", With(b => b["party"]![0]!["birthDate"] = "1984-02-30"), 400, "01");
            yield return Post("a number as text", With(b => b["party"]![0]!["houseNumber"] = "12"), 400, "01");
            yield return Post("a house number of 0", With(b => b["party"]![0]!["houseNumber"] = 0), 400, "01");
        }

        var future = SiviAfsExamples.Get("PartyNewRequest");
        future["party"]![0]!["birthDate"] = "2999-01-01";
        yield return new SiviAfsBadRequest("new party: birth date in the future", "POST", "parties", 422, "40") { Body = future.ToJsonString() };
        var cents = SiviAfsExamples.Get("ClaimNewRequest");
        cents["claim"]![0]!["totalLossAmount"] = 10.005;
        yield return new SiviAfsBadRequest("new claim: an amount in tenths of cents", "POST", "claims", 400, "01") { Body = cents.ToJsonString() };

        SiviAfsBadRequest Policy(string name, Action<JsonObject> change, int status, string code)
        {
            var body = SiviAfsExamples.Get("PolicyNewRequest");
            change(body);
            return new SiviAfsBadRequest($"new policy: {name}", "POST", "policies", status, code) { Body = body.ToJsonString() };
        }

        yield return Policy("two policy objects", b => b["policy"]!.AsArray().Add(b["policy"]![0]!.DeepClone()), 400, "01");
        yield return Policy("no policy holder", b => b["party"]![0]!["entityType"] = "insured", 400, "01");
        yield return Policy("a claimant in a policy", b => b["party"]!.AsArray().Add(new JsonObject { ["entityType"] = "claimant" }), 400, "01");
        yield return Policy("expiry before effective", b => b["policy"]![0]!["expiryDate"] = "2025-01-01", 422, "40");
        yield return Policy("business line with letters", b => b["policy"]![0]!["businessLine"] = "CAR", 400, "01");
        yield return Policy("payment term of 2 months", b => b["policy"]![0]!["paymentTermInMonths"] = 2, 400, "01");
        yield return Policy("negative sum insured", b => b["coverage"]![1]!["sumInsured"] = -1, 400, "01");
        yield return Policy("mime type outside the list", b => b["document"] = new JsonArray(new JsonObject { ["entityType"] = "default", ["mimeType"] = "application/x-msdownload" }), 400, "01");

        SiviAfsBadRequest Claim(string name, Action<JsonObject> change, int status, string code)
        {
            var body = SiviAfsExamples.Get("ClaimNewRequest");
            change(body);
            return new SiviAfsBadRequest($"new claim: {name}", "POST", "claims", status, code) { Body = body.ToJsonString() };
        }

        yield return Claim("no claimant", b => b["party"]![0]!["entityType"] = "expert", 400, "01");
        yield return Claim("policy reference without contract number", b => b["policy"]![0]!.AsObject().Remove("contractNumber"), 400, "01");
        yield return Claim("unknown policy", b => b["policy"]![0]!["contractNumber"] = "POL9999999", 422, "40");
        yield return Claim("loss in the future", b => b["claim"]![0]!["dateOfLoss"] = "2999-01-01", 422, "40");

        SiviAfsBadRequest Change(string name, string method, string path, string body, int status, string code) =>
            new($"change: {name}", method, path, status, code) { Body = body };
        yield return Change("PATCH without entities", "PATCH", "policies/POL0000001/change", "{}", 400, "01");
        yield return Change("PATCH addressing an unknown object", "PATCH", "policies/POL0000001/change", """{"party":[{"entityType":"policyHolder","refKey":"POL0000001-party-9","city":"Delft"}]}""", 400, "03");
        yield return Change("PATCH with another main refKey", "PATCH", "policies/POL0000001/change", """{"policy":[{"entityType":"policyDetails","refKey":"POL0000002"}]}""", 400, "04");
        yield return Change("PATCH changing an entity type", "PATCH", "policies/POL0000001/change", """{"party":[{"entityType":"insured","refKey":"POL0000001-party-1"}]}""", 400, "04");
        yield return Change("PATCH adding a person to a party", "PATCH", "parties/PTY0000001/change", """{"party":[{"entityType":"person","surname":"Bakker"}]}""", 400, "01");
        yield return Change("PUT with an empty object", "PUT", "policies/POL0000001/change", "{}", 400, "01");
        yield return Change("termination without a date", "PUT", "policies/POL0000001/termination/change", """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","terminationReason":"other"}]}""", 400, "01");
        yield return Change("termination with an unknown reason", "PUT", "policies/POL0000001/termination/change", """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","terminationDate":"2026-03-31","terminationReason":"bored"}]}""", 400, "01");
        yield return Change("termination with another entity type", "PUT", "parties/PTY0000001/termination/change", """{"commonFunctional":[{"entityType":"default"}],"party":[{"entityType":"organisation","terminationDate":"2026-03-31","terminationReason":"other"}]}""", 400, "04");
        yield return Change("termination before the start", "PUT", "policies/POL0000001/termination/change", """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","terminationDate":"1990-01-01","terminationReason":"other"}]}""", 422, "40");
        yield return Change("rate without coverage", "POST", "policies/rates/new", """{"commonFunctional":[{"entityType":"default"}],"policy":[{"entityType":"policyDetails","businessLine":"2100","porCompany":"Z1","afdDefinitionName":"x","afdDefinitionVersion":"1","effectiveDate":"2026-01-01","paymentTermInMonths":1}]}""", 422, "40");
        yield return Change("rate not JSON", "POST", "policies/rates/new", "rate me", 400, "01");
    }

    private static IEnumerable<SiviAfsBadRequest> PathIds()
    {
        foreach (var id in new[] { "POL9999999", "not.an.id", "a%20b", "%2e%2e", "x" + new string('9', 64), "POL0000001%20", "CLM0000001", "-" })
        {
            yield return Get($"policy id '{id}'", $"policies/{id}", 404, "20");
            yield return new SiviAfsBadRequest($"change of policy id '{id}'", "PATCH", $"policies/{id}/change", 404, "20") { Body = "{}" };
        }

        yield return Get("claim id of a policy", "claims/POL0000001", 404, "20");
        yield return Get("party id unknown", "parties/PTY9999999", 404, "20");
        yield return new SiviAfsBadRequest("termination of an unknown party", "PUT", "parties/PTY9999999/termination/change", 404, "20") { Body = "not even JSON" };
    }

    private static IEnumerable<SiviAfsBadRequest> Headers()
    {
        foreach (var accept in new[] { "text/html", "application/xml", "image/png, text/plain", "application/json; q=0", "text/*" })
        {
            yield return Get($"Accept '{accept}' on a collection", "policies", 406, "22") with { Accept = accept };
            yield return Get($"Accept '{accept}' on an item", "claims/CLM0000001", 406, "22") with { Accept = accept };
        }

        foreach (var (authorization, why) in new[]
        {
            ("", "no Authorization"), ("Bearer", "Bearer without token"), ("Bearer ", "Bearer and a space"), ("Bearer not-a-token", "unknown token"),
            ("Basic Y29uZm9ybWFuY2UtdGVzdC1jbGllbnQ6eA==", "Basic credentials"), ("Token abc", "another scheme"), ("bearer%20x", "garbage"),
        })
        {
            yield return Get($"{why} on retrieve", "policies", 401, "10") with { Authorization = authorization };
            yield return new SiviAfsBadRequest($"{why} on new", "POST", "policies", 401, "10") { Authorization = authorization, Body = "{}" };
        }
    }

    private static IEnumerable<SiviAfsBadRequest> TokenRequests()
    {
        SiviAfsBadRequest Token(string name, string body, int status, string error, string contentType = "application/x-www-form-urlencoded", string? authorization = null) =>
            new($"token: {name}", "POST", "oauth/token", status, error) { Body = body, ContentType = contentType, Authorization = authorization };
        const string Reader = "conformance-test-reader";
        yield return Token("no grant_type", "scope=afs.read", 400, "invalid_request", authorization: Reader);
        yield return Token("grant_type twice", "grant_type=client_credentials&grant_type=client_credentials", 400, "invalid_request", authorization: Reader);
        yield return Token("password grant", "grant_type=password&username=a&password=b", 400, "unsupported_grant_type", authorization: Reader);
        yield return Token("scope not registered", "grant_type=client_credentials&scope=afs.write", 400, "invalid_scope", authorization: Reader);
        yield return Token("unknown scope", "grant_type=client_credentials&scope=afs.admin", 400, "invalid_scope", authorization: Reader);
        yield return Token("JSON body", """{"grant_type":"client_credentials"}""", 400, "invalid_request", "application/json", Reader);
        yield return Token("both authentication methods", "grant_type=client_credentials&client_id=conformance-test-reader&client_secret=x", 400, "invalid_request", authorization: Reader);
        yield return Token("no client authentication", "grant_type=client_credentials", 401, "invalid_client");
        yield return Token("wrong secret in the form", "grant_type=client_credentials&client_id=conformance-test-reader&client_secret=wrong", 401, "invalid_client");
        yield return Token("unknown client in the form", "grant_type=client_credentials&client_id=nobody&client_secret=x", 401, "invalid_client");
        yield return Token("Basic that is not base64", "grant_type=client_credentials", 401, "invalid_client", authorization: "!raw:Basic %%%");
        yield return Token("Basic without a colon", "grant_type=client_credentials", 401, "invalid_client", authorization: "!raw:Basic " + Convert.ToBase64String("conformance-test-reader"u8.ToArray()));
    }
}
