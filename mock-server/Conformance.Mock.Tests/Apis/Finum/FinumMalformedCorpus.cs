using System.Text;

namespace Conformance.Mock.Tests.Apis.Finum;

/// <summary>
/// Malformed requests against every FiNUM operation: broken parameters, bodies, media types,
/// encodings, sizes and credentials. Each case names what it breaks.
/// </summary>
public static class FinumMalformedCorpus
{
    public sealed record Case(string Name, HttpMethod Method, string PathAndQuery, byte[]? Body = null, string? ContentType = "application/json", string? Authorization = null);

    private static readonly string[] IdListOperations = ["contract-list", "client-list", "product-list", "user-list", "file-list"];
    private static readonly string[] UpdatedOperations = ["contract", "client", "product", "user", "file"];

    public static IEnumerable<Case> All()
    {
        var badIdLists = new (string Name, string Query)[]
        {
            ("missing", ""), ("empty", "?id-list="), ("comma only", "?id-list=,"), ("empty item", "?id-list=A1,,B2"),
            ("trailing comma", "?id-list=A1,"), ("space", "?id-list=A%201"), ("invalid utf-8", "?id-list=%FF%FE"),
            ("nul byte", "?id-list=A%001"), ("65 characters", "?id-list=" + new string('A', 65)),
            ("1001 ids", "?id-list=" + string.Join(',', Enumerable.Range(0, 1001).Select(i => "X" + i))),
            ("200 kB value", "?id-list=" + new string('B', 200_000)), ("given twice", "?id-list=A1&id-list=B2"),
            ("script", "?id-list=%3Cscript%3E"), ("sql", "?id-list=%27%20OR%201%3D1"), ("umlaut", "?id-list=K%C3%B6"),
        };
        foreach (var operation in IdListOperations)
        {
            foreach (var (name, query) in badIdLists)
            {
                yield return new($"{operation}: {name}", HttpMethod.Get, operation + query);
            }
        }

        yield return new("contract-list: both parameters", HttpMethod.Get, "contract-list?id-list=C100001&holder-id=K100001");
        yield return new("contract-list: bad holder", HttpMethod.Get, "contract-list?holder-id=K%20100001");
        yield return new("contract-list: holder twice", HttpMethod.Get, "contract-list?holder-id=K100001&holder-id=K100002");
        yield return new("contract-list: empty holder", HttpMethod.Get, "contract-list?holder-id=");

        var badSince = new (string Name, string Query)[]
        {
            ("missing", ""), ("empty", "?since="), ("word", "?since=yesterday"), ("date only", "?since=2026-01-01"),
            ("no offset", "?since=2026-01-01T00:00:00"), ("unencoded plus", "?since=2026-01-01T00:00:00+01:00"),
            ("month 13", "?since=2026-13-01T00:00:00Z"), ("epoch number", "?since=1767225600"),
            ("invalid utf-8", "?since=%FF"), ("given twice", "?since=2026-01-01T00:00:00Z&since=2026-01-02T00:00:00Z"),
            ("100 kB", "?since=" + new string('9', 100_000)), ("hour 25", "?since=2026-01-01T25:00:00Z"),
        };
        foreach (var type in UpdatedOperations)
        {
            foreach (var (name, query) in badSince)
            {
                yield return new($"{type}-id-list-updated: {name}", HttpMethod.Get, $"{type}-id-list-updated{query}");
            }
        }

        foreach (var (name, id) in new[] { ("unknown", "F999999"), ("space", "F%201"), ("65 characters", new string('F', 65)), ("invalid utf-8", "%FF%FE"), ("dot dot", "..%2E"), ("umlaut", "F%C3%BC") })
        {
            yield return new($"downloadFile: {name}", HttpMethod.Get, $"file/{id}/download");
        }

        foreach (var (name, auth) in new[] { ("bearer without token", "Bearer"), ("bearer blank", "Bearer    "), ("two parts", "Bearer a.b"), ("junk 8 kB", "Bearer " + new string('x', 8000)), ("basic", "Basic Zm9vOmJhcg=="), ("not base64", "Bearer ***.***.***") })
        {
            yield return new($"getAuthStatus: {name}", HttpMethod.Get, "auth-status", Authorization: auth);
        }

        foreach (var body in Bodies())
        {
            foreach (var (method, path) in new[] { (HttpMethod.Post, "client"), (HttpMethod.Post, "contract"), (HttpMethod.Patch, "contract") })
            {
                yield return body with { Name = $"{method} /{path}: {body.Name}", Method = method, PathAndQuery = path };
            }
        }

        foreach (var (name, json) in FieldCases())
        {
            var (method, path) = name.StartsWith("client", StringComparison.Ordinal) ? (HttpMethod.Post, "client")
                : name.StartsWith("create", StringComparison.Ordinal) ? (HttpMethod.Post, "contract") : (HttpMethod.Patch, "contract");
            yield return new(name, method, path, Encoding.UTF8.GetBytes(json));
        }
    }

    /// <summary>Bodies broken for any operation: syntax, encoding, media type, size.</summary>
    private static IEnumerable<Case> Bodies()
    {
        Case Text(string name, string text, string? contentType = "application/json") => new(name, HttpMethod.Post, "", Encoding.UTF8.GetBytes(text), contentType);
        yield return new("no body", HttpMethod.Post, "", null, null);
        yield return Text("empty", "");
        yield return Text("whitespace", "   \n");
        yield return Text("null", "null");
        yield return Text("array", "[]");
        yield return Text("string", "\"x\"");
        yield return Text("number", "42");
        yield return Text("truncated", "{\"type\":");
        yield return Text("trailing garbage", "{} x");
        yield return Text("single quotes", "{'type':'person'}");
        yield return Text("comment", "{/* c */}");
        yield return Text("duplicate member", "{\"type\":\"person\",\"type\":\"organisation\",\"lastName\":\"X\"}");
        yield return Text("nested 1000 deep", new string('[', 1000) + new string(']', 1000));
        yield return new("invalid utf-8", HttpMethod.Post, "", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        yield return new("utf-16", HttpMethod.Post, "", Encoding.Unicode.GetBytes("{\"type\":\"person\"}"));
        yield return Text("text/plain", "{\"type\":\"person\",\"lastName\":\"X\"}", "text/plain");
        yield return Text("xml", "<client/>", "application/xml");
        yield return Text("form", "type=person", "application/x-www-form-urlencoded");
        yield return Text("latin-1 charset", "{\"type\":\"person\",\"lastName\":\"X\"}", "application/json; charset=iso-8859-1");
        yield return Text("no content type", "{\"type\":\"person\",\"lastName\":\"X\"}", null);
        yield return new("over 1 MiB", HttpMethod.Post, "", Encoding.UTF8.GetBytes("{\"foreignId\":\"" + new string('a', 1_100_000) + "\"}"));
        yield return Text("duplicate keys", "{\"type\":\"person\",\"type\":\"company\",\"lastName\":\"X\",\"status\":120,\"status\":120}");
    }

    /// <summary>Well-formed JSON that breaks the body schema of one operation.</summary>
    private static IEnumerable<(string Name, string Json)> FieldCases()
    {
        const string Contract = "\"holderId\":\"K100001\",\"productId\":\"P1001\"";
        return
        [
            ("client: no type", "{\"lastName\":\"X\"}"),
            ("client: bad type", "{\"type\":\"robot\",\"lastName\":\"X\"}"),
            ("client: type number", "{\"type\":1}"),
            ("client: person without lastName", "{\"type\":\"person\"}"),
            ("client: lastName null", "{\"type\":\"person\",\"lastName\":null}"),
            ("client: lastName number", "{\"type\":\"person\",\"lastName\":7}"),
            ("client: lastName 101 chars", "{\"type\":\"person\",\"lastName\":\"" + new string('x', 101) + "\"}"),
            ("client: bad salutation", "{\"type\":\"person\",\"lastName\":\"X\",\"salutation\":\"sir\"}"),
            ("client: bad birthDate", "{\"type\":\"person\",\"lastName\":\"X\",\"birthDate\":\"12.04.1985\"}"),
            ("client: impossible birthDate", "{\"type\":\"person\",\"lastName\":\"X\",\"birthDate\":\"1985-02-30\"}"),
            ("client: bad email", "{\"type\":\"person\",\"lastName\":\"X\",\"email\":\"no-at-sign\"}"),
            ("client: address string", "{\"type\":\"person\",\"lastName\":\"X\",\"address\":\"Wien\"}"),
            ("client: address without city", "{\"type\":\"person\",\"lastName\":\"X\",\"address\":{\"street\":\"S\",\"postalCode\":\"1010\",\"country\":\"AT\"}}"),
            ("client: address bad country", "{\"type\":\"person\",\"lastName\":\"X\",\"address\":{\"street\":\"S\",\"postalCode\":\"1010\",\"city\":\"Wien\",\"country\":\"at\"}}"),
            ("client: address unknown field", "{\"type\":\"person\",\"lastName\":\"X\",\"address\":{\"street\":\"S\",\"postalCode\":\"1010\",\"city\":\"W\",\"country\":\"AT\",\"floor\":3}}"),
            ("client: unknown field", "{\"type\":\"person\",\"lastName\":\"X\",\"shoeSize\":44}"),
            ("client: extension field", "{\"type\":\"person\",\"lastName\":\"X\",\"_x\":1}"),
            ("client: id given", "{\"type\":\"person\",\"lastName\":\"X\",\"id\":\"K1\"}"),
            ("client: company without name", "{\"type\":\"company\",\"lastName\":\"X\"}"),
            ("client: phone 41 chars", "{\"type\":\"person\",\"lastName\":\"X\",\"phone\":\"" + new string('1', 41) + "\"}"),
            ("create: no status", "{" + Contract + "}"),
            ("create: status 130", "{\"status\":130," + Contract + "}"),
            ("create: status string", "{\"status\":\"120\"," + Contract + "}"),
            ("create: status fraction", "{\"status\":120.5," + Contract + "}"),
            ("create: status huge", "{\"status\":1e40," + Contract + "}"),
            ("create: no holder", "{\"status\":120,\"productId\":\"P1001\"}"),
            ("create: unknown holder", "{\"status\":120,\"holderId\":\"K999999\",\"productId\":\"P1001\"}"),
            ("create: malformed holder", "{\"status\":120,\"holderId\":\"K 1\",\"productId\":\"P1001\"}"),
            ("create: unknown product", "{\"status\":120,\"holderId\":\"K100001\",\"productId\":\"P9999\"}"),
            ("create: holder array", "{\"status\":120,\"holderId\":[\"K100001\"],\"productId\":\"P1001\"}"),
            ("create: bad startDate", "{\"status\":120," + Contract + ",\"startDate\":\"tomorrow\"}"),
            ("create: bad interval", "{\"status\":120," + Contract + ",\"paymentInterval\":\"weekly\"}"),
            ("create: relative callback", "{\"status\":120," + Contract + ",\"callbackUrl\":\"/hook\"}"),
            ("create: javascript callback", "{\"status\":120," + Contract + ",\"callbackUrl\":\"javascript:alert(1)\"}"),
            ("create: disallowed callback", "{\"status\":120," + Contract + ",\"callbackUrl\":\"http://192.0.2.1/hook\"}"),
            ("create: disallowed host name", "{\"status\":120," + Contract + ",\"callbackUrl\":\"https://example.com/hook\"}"),
            ("create: callback 2049 chars", "{\"status\":120," + Contract + ",\"callbackUrl\":\"http://127.0.0.1/" + new string('a', 2040) + "\"}"),
            ("create: unknown field", "{\"status\":120," + Contract + ",\"premium\":{}}"),
            ("create: foreignId 129 chars", "{\"status\":120," + Contract + ",\"foreignId\":\"" + new string('f', 129) + "\"}"),
            ("update: no id", "{\"status\":230}"),
            ("update: no status", "{\"id\":\"C100001\"}"),
            ("update: status 320", "{\"id\":\"C100001\",\"status\":320}"),
            ("update: status 110", "{\"id\":\"C100001\",\"status\":110}"),
            ("update: unknown id", "{\"id\":\"C999999\",\"status\":230}"),
            ("update: malformed id", "{\"id\":\"C/1\",\"status\":230}"),
            ("update: invalid transition", "{\"id\":\"C100001\",\"status\":230}"),
            ("update: holder change", "{\"id\":\"C100001\",\"status\":120,\"holderId\":\"K100002\"}"),
            ("update: bad callback", "{\"id\":\"C100001\",\"status\":120,\"callbackUrl\":\"mailto:x@y.z\"}"),
            ("update: bad date", "{\"id\":\"C100001\",\"status\":120,\"startDate\":\"2026-1-1\"}"),
            ("update: null status", "{\"id\":\"C100001\",\"status\":null}"),
        ];
    }
}
