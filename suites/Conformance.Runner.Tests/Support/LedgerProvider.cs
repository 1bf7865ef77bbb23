using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Auth;
using Conformance.Runner.Engine;
using Conformance.Runner.Transport;
using Microsoft.AspNetCore.Http;

namespace Conformance.Runner.Tests.Support;

/// <summary>
/// A loopback provider of <see cref="LedgerApi"/>: seven entries <c>E1</c>…<c>E7</c>, every refusal as
/// HTTP 200 <c>{"error": …}</c>. Each defect breaks one convention on purpose.
/// </summary>
public static partial class LedgerProvider
{
    public const string User = "ledger";
    public const string Password = "secret";

    public enum Defect
    {
        None,

        /// <summary>Bad credentials get 401, not the declared HTTP 200 refusal.</summary>
        Unauthorized401,

        /// <summary>Every page holds all entries whatever <c>limit</c> says.</summary>
        IgnoresLimit,
    }

    public static Task<TestProvider> StartAsync(Defect defect = Defect.None) => TestProvider.StartAsync(context => HandleAsync(context, defect));

    /// <summary>What the engine needs to run <see cref="LedgerApi"/> at <paramref name="provider"/>, with the test user's credentials.</summary>
    public static EngineContext Context(TestProvider provider, IHttpTransport transport)
    {
        var spec = LedgerApi.Load();
        var authenticator = new Authenticator(spec, [new BasicCredentialProvider(User, Password)]);
        var baseUrl = provider.Url + "/ledger/v1";
        return new EngineContext
        {
            ApiId = "ledger",
            Spec = spec,
            BaseUrl = baseUrl,
            Transport = new AuthenticatingTransport(transport, authenticator, baseUrl),
            Authenticator = authenticator,
        };
    }

    private static async Task HandleAsync(HttpContext context, Defect defect)
    {
        var request = context.Request;
        var path = request.Path.Value!["/ledger/v1".Length..];
        if (!Authorised(request))
        {
            if (defect == Defect.Unauthorized401)
            {
                context.Response.StatusCode = 401;
                return;
            }

            await RefuseAsync(context, "Not authorised.");
            return;
        }

        if (request.Headers["X-Ledger-Version"] != "2")
        {
            await RefuseAsync(context, "X-Ledger-Version 2 is required.");
            return;
        }

        switch (request.Method, path)
        {
            case ("GET", "/entries"):
                await ListAsync(context, defect);
                break;
            case ("POST", "/entries"):
                await CreateAsync(context);
                break;
            case ("GET", _) when path.StartsWith("/entries/", StringComparison.Ordinal):
                var id = path["/entries/".Length..];
                await (EntryId().IsMatch(id) && int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 7
                    ? WriteAsync(context, Entry(id))
                    : RefuseAsync(context, $"Unknown entry: {id}"));
                break;
            default:
                context.Response.StatusCode = 405;
                break;
        }
    }

    private static async Task ListAsync(HttpContext context, Defect defect)
    {
        var limitText = context.Request.Query["limit"].ToString();
        var from = context.Request.Query["from"].ToString();
        var limit = 2;
        if (limitText.Length > 0 && (!int.TryParse(limitText, out limit) || limit is < 1 or > 5))
        {
            await RefuseAsync(context, "Invalid value for field: limit");
            return;
        }

        var start = from.Length == 0 ? 1 : int.TryParse(from, out var s) ? s : 0;
        if (start is < 1 or > 8)
        {
            await RefuseAsync(context, "Invalid value for field: from");
            return;
        }

        var end = defect == Defect.IgnoresLimit ? 7 : Math.Min(7, start + limit - 1);
        var page = new JsonObject { ["data"] = new JsonArray([.. Enumerable.Range(start, Math.Max(0, end - start + 1)).Select(i => (JsonNode)Entry($"E{i}"))]) };
        if (end < 7)
        {
            page["next"] = (end + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, page);
    }

    private static async Task CreateAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(await reader.ReadToEndAsync());
        }
        catch (JsonException)
        {
            await RefuseAsync(context, "Invalid JSON payload.");
            return;
        }

        if (body is not JsonObject obj || obj.Count != 1 || obj["amount"] is not JsonValue amount || amount.GetValueKind() != JsonValueKind.Number)
        {
            await RefuseAsync(context, "Invalid value for field: amount");
            return;
        }

        await WriteAsync(context, new JsonObject { ["id"] = "E8", ["amount"] = amount.DeepClone() });
    }

    private static bool Authorised(HttpRequest request) =>
        request.Headers.Authorization.ToString() == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));

    private static JsonObject Entry(string id) => new() { ["id"] = id, ["amount"] = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) * 10 };

    private static Task RefuseAsync(HttpContext context, string error) => WriteAsync(context, new JsonObject { ["error"] = error });

    private static Task WriteAsync(HttpContext context, JsonNode body)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    [GeneratedRegex("^E[0-9]{1,6}$")]
    private static partial Regex EntryId();
}
