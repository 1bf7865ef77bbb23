using System.Text.Json.Nodes;

namespace Conformance.Mock.Tests.Apis.Thinksurance;

/// <summary>
/// Malformed requests for every body-taking operation, generic (not JSON, not an object, duplicate
/// members, wrong media type, too deep) and per field (left out, wrong type, null, empty, too long,
/// outside its enum, unknown), each built from a valid body of that operation.
/// </summary>
public static class ThinksuranceMalformedCorpus
{
    private static readonly (string Operation, string Method, string Path, bool V11, JsonObject Valid)[] Operations =
    [
        ("createToken", "POST", "api/ipn/tokens", false, new JsonObject { ["hash"] = ThinksuranceTestBase.Hash, ["secret"] = ThinksuranceTestBase.Secret }),
        ("createTokenAlias", "POST", "api/ipn/token", false, new JsonObject { ["hash"] = ThinksuranceTestBase.Hash, ["secret"] = ThinksuranceTestBase.Secret }),
        ("addAgencyNumbers", "POST", "api/ipn/agency-numbers", true, AgencyBody()),
        ("deleteAgencyNumbers", "DELETE", "api/ipn/agency-numbers", true, new JsonObject { ["agencyNumberSets"] = new JsonArray(new JsonObject { ["baFinId"] = "5405", ["agencyNumbers"] = new JsonArray(new JsonObject { ["agencyNumber"] = "M-1" }) }) }),
        ("createBroker", "POST", "api/ipn/brokers", true, new JsonObject { ["type"] = 1, ["bExternalId"] = "M-1", ["bEmail"] = "m-1@makler-beispiel.de", ["bLastName"] = "Malformed", ["bCompany"] = "M GmbH" }),
        ("getBrokerToken", "POST", "api/ipn/brokers/tokens", true, new JsonObject { ["type"] = 1, ["bExternalId"] = "B001", ["bEmail"] = "m@makler-beispiel.de", ["bLastName"] = "M", ["bCompany"] = "M GmbH" }),
        ("getInquiryNotification", "POST", "api/ipn/inquiry/100001", false, new JsonObject { ["token"] = "{token}", ["aToken"] = ThinksuranceTestBase.AccountToken }),
        ("getBrokerNotifications", "POST", "api/ipn/get/{token}", false, new JsonObject { ["bToken"] = "0123456789abcdef0123456789abcdef", ["iId"] = 100001, ["lastDays"] = 30 }),
        ("getAccountNotifications", "POST", "api/account-ipn/get/{token}", false, new JsonObject { ["aToken"] = ThinksuranceTestBase.AccountToken, ["iId"] = 100001, ["lastDays"] = 30 }),
    ];

    /// <summary>Fields whose absence is valid (each alone: a name rule or a filter).</summary>
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal) { "bLastName", "bCompany", "iId", "lastDays" };

    private static readonly (string Label, string? Body, string? ContentType)[] Generic =
    [
        ("no body", null, "application/json"),
        ("empty body", "", "application/json"),
        ("white space", "  \n ", "application/json"),
        ("truncated object", "{", "application/json"),
        ("trailing comma", """{"a":1,}""", "application/json"),
        ("single quotes", "{'a':1}", "application/json"),
        ("an array", "[]", "application/json"),
        ("null", "null", "application/json"),
        ("a number", "42", "application/json"),
        ("a string", "\"text\"", "application/json"),
        ("duplicate member", """{"a":1,"a":2}""", "application/json"),
        ("text/plain", """{"a":1}""", "text/plain"),
        ("no content type", """{"a":1}""", null),
        ("latin-1 charset", """{"a":1}""", "application/json; charset=iso-8859-1"),
        ("200 levels deep", new string('[', 200) + new string(']', 200), "application/json"),
    ];

    public static IEnumerable<ThinksuranceMalformedCase> All()
    {
        foreach (var (operation, method, path, v11, valid) in Operations)
        {
            foreach (var (label, body, contentType) in Generic)
            {
                yield return new ThinksuranceMalformedCase(operation, method, path, body, contentType, v11, label);
            }

            yield return new ThinksuranceMalformedCase(operation, method, path, null, "application/json", v11, "invalid UTF-8") { RawBytes = [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D] };
            yield return Make(operation, method, path, v11, "unknown field", Mutate(valid, o => o["unexpected"] = 1));
            foreach (var name in valid.Select(p => p.Key).ToList())
            {
                var value = valid[name];
                if (!Optional.Contains(name))
                {
                    yield return Make(operation, method, path, v11, $"{name} left out", Mutate(valid, o => o.Remove(name)));
                }

                yield return Make(operation, method, path, v11, $"{name} null", Mutate(valid, o => o[name] = null));
                yield return Make(operation, method, path, v11, $"{name} an object", Mutate(valid, o => o[name] = new JsonObject()));
                yield return Make(operation, method, path, v11, $"{name} a boolean", Mutate(valid, o => o[name] = true));
                if (value is JsonValue text && text.TryGetValue<string>(out _))
                {
                    yield return Make(operation, method, path, v11, $"{name} a number", Mutate(valid, o => o[name] = 12345));
                    yield return Make(operation, method, path, v11, $"{name} too long", Mutate(valid, o => o[name] = new string('x', 3000)));
                }
                else if (value is JsonValue number && number.TryGetValue<int>(out _))
                {
                    yield return Make(operation, method, path, v11, $"{name} a string", Mutate(valid, o => o[name] = "1"));
                    yield return Make(operation, method, path, v11, $"{name} zero", Mutate(valid, o => o[name] = 0));
                    yield return Make(operation, method, path, v11, $"{name} a fraction", Mutate(valid, o => o[name] = 1.5));
                }
            }
        }

        foreach (var nested in AgencyNested())
        {
            yield return nested;
        }
    }

    /// <summary>The agency-number rules inside holders and numbers.</summary>
    private static IEnumerable<ThinksuranceMalformedCase> AgencyNested()
    {
        const string Add = "addAgencyNumbers";
        const string Path = "api/ipn/agency-numbers";
        var valid = AgencyBody();
        JsonObject Holder(JsonObject body) => body["agencyNumberSets"]![0]!.AsObject();
        JsonObject First(JsonObject body) => Holder(body)["agencyNumbers"]![0]!.AsObject();
        yield return Make(Add, "POST", Path, true, "no holders", Mutate(valid, o => o["agencyNumberSets"] = new JsonArray()));
        yield return Make(Add, "POST", Path, true, "101 holders", Mutate(valid, o => o["agencyNumberSets"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)Holder(AgencyBody()).DeepClone())])));
        yield return Make(Add, "POST", Path, true, "holder a string", Mutate(valid, o => o["agencyNumberSets"]![0] = "holder"));
        yield return Make(Add, "POST", Path, true, "holder without insurer id", Mutate(valid, o => Holder(o).Remove("baFinId")));
        yield return Make(Add, "POST", Path, true, "holder with two insurer ids", Mutate(valid, o => Holder(o)["insurerId"] = "5036"));
        yield return Make(Add, "POST", Path, true, "holder with three insurer ids", Mutate(valid, o => { Holder(o)["insurerId"] = "5036"; Holder(o)["supervisingAuthorityId"] = "61234"; }));
        yield return Make(Add, "POST", Path, true, "empty insurer id", Mutate(valid, o => Holder(o)["baFinId"] = ""));
        yield return Make(Add, "POST", Path, true, "insurer id a number", Mutate(valid, o => Holder(o)["baFinId"] = 5405));
        yield return Make(Add, "POST", Path, true, "holder without numbers", Mutate(valid, o => Holder(o).Remove("agencyNumbers")));
        yield return Make(Add, "POST", Path, true, "holder with empty numbers", Mutate(valid, o => Holder(o)["agencyNumbers"] = new JsonArray()));
        yield return Make(Add, "POST", Path, true, "holder unknown field", Mutate(valid, o => Holder(o)["baFinRegNr"] = "5405"));
        yield return Make(Add, "POST", Path, true, "number a string", Mutate(valid, o => Holder(o)["agencyNumbers"]![0] = "A"));
        foreach (var field in new[] { "agencyNumber", "defaultForTenders", "defaultForCalculations", "active" })
        {
            yield return Make(Add, "POST", Path, true, $"number without {field}", Mutate(valid, o => First(o).Remove(field)));
            yield return Make(Add, "POST", Path, true, $"number {field} null", Mutate(valid, o => First(o)[field] = null));
        }

        foreach (var flag in new[] { "defaultForTenders", "defaultForCalculations", "active" })
        {
            yield return Make(Add, "POST", Path, true, $"number {flag} a string", Mutate(valid, o => First(o)[flag] = "true"));
            yield return Make(Add, "POST", Path, true, $"number {flag} a number", Mutate(valid, o => First(o)[flag] = 1));
        }

        yield return Make(Add, "POST", Path, true, "empty agencyNumber", Mutate(valid, o => First(o)["agencyNumber"] = ""));
        yield return Make(Add, "POST", Path, true, "agencyNumber too long", Mutate(valid, o => First(o)["agencyNumber"] = new string('9', 101)));
        yield return Make(Add, "POST", Path, true, "collectionType outside the enum", Mutate(valid, o => First(o)["collectionType"] = "cash"));
        yield return Make(Add, "POST", Path, true, "collectionType empty", Mutate(valid, o => First(o)["collectionType"] = ""));
        yield return Make(Add, "POST", Path, true, "matchCode too long", Mutate(valid, o => First(o)["matchCode"] = new string('m', 256)));
        yield return Make(Add, "POST", Path, true, "externalUniqueId too long", Mutate(valid, o => First(o)["externalUniqueId"] = new string('u', 65)));
        yield return Make(Add, "POST", Path, true, "internalComment a number", Mutate(valid, o => First(o)["internalComment"] = 5));
        yield return Make(Add, "POST", Path, true, "number unknown field", Mutate(valid, o => First(o)["bonus"] = true));
        yield return Make(Add, "POST", Path, true, "externalUniqueId twice in one request", Mutate(valid, o =>
        {
            First(o)["externalUniqueId"] = "twice";
            Holder(o)["agencyNumbers"]!.AsArray().Add(new JsonObject { ["agencyNumber"] = "M-2", ["externalUniqueId"] = "twice", ["defaultForTenders"] = false, ["defaultForCalculations"] = false, ["active"] = true });
        }));
        yield return Make(Add, "POST", Path, true, "seeded externalUniqueId reused", Mutate(valid, o => First(o)["externalUniqueId"] = "seed-account-1"));

        const string Delete = "deleteAgencyNumbers";
        yield return Make(Delete, "DELETE", Path, true, "holder with two insurer ids", """{"agencyNumberSets":[{"baFinId":"1","insurerId":"2"}]}""");
        yield return Make(Delete, "DELETE", Path, true, "holder without id and selectors", """{"agencyNumberSets":[{}]}""");
        yield return Make(Delete, "DELETE", Path, true, "empty selector", """{"agencyNumberSets":[{"agencyNumbers":[{}]}]}""");
        yield return Make(Delete, "DELETE", Path, true, "selector with empty agencyNumber", """{"agencyNumberSets":[{"agencyNumbers":[{"agencyNumber":""}]}]}""");
        yield return Make(Delete, "DELETE", Path, true, "selector unknown field", """{"agencyNumberSets":[{"agencyNumbers":[{"matchCode":"x"}]}]}""");
        yield return Make(Delete, "DELETE", Path, true, "no selectors", """{"agencyNumberSets":[{"baFinId":"1","agencyNumbers":[]}]}""");
        yield return Make(Delete, "DELETE", Path, true, "unknown insurer", """{"agencyNumberSets":[{"insurerId":"no-such-insurer"}]}""");
        yield return Make(Delete, "DELETE", Path, true, "a stored number beside an unknown one", """{"agencyNumberSets":[{"agencyNumbers":[{"externalUniqueId":"seed-account-1"},{"agencyNumber":"no-such-number"}]}]}""");
    }

    private static JsonObject AgencyBody() => new()
    {
        ["agencyNumberSets"] = new JsonArray(new JsonObject
        {
            ["baFinId"] = "5405",
            ["agencyNumbers"] = new JsonArray(new JsonObject
            {
                ["agencyNumber"] = "M-1",
                ["matchCode"] = "malformed",
                ["externalUniqueId"] = "malformed-1",
                ["defaultForTenders"] = true,
                ["defaultForCalculations"] = true,
                ["collectionType"] = "broker_collection",
                ["internalComment"] = "comment",
                ["active"] = true,
            }),
        }),
    };

    private static string Mutate(JsonObject valid, Action<JsonObject> change)
    {
        var copy = valid.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString();
    }

    private static ThinksuranceMalformedCase Make(string operation, string method, string path, bool v11, string label, string body) =>
        new(operation, method, path, body, "application/json", v11, label);
}
