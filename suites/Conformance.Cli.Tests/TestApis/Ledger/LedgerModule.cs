using System.Text.Json.Nodes;
using Conformance.Mock.Apis;
using Conformance.Mock.Defects;
using Conformance.Mock.Http;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Cli.Tests.TestApis.Ledger;

/// <summary>
/// The test-only Ledger API (<c>fixtures/test-apis/apis/ledger/openapi.yaml</c>) built from the module
/// kit alone: typed seed settings, an asynchronous initializer, the versioned table's cursor pages, the
/// shared body reader, and every refusal as HTTP 200 with an <c>error</c> member. Not discovered (it lives
/// in a test assembly): tests hand it to the host.
/// </summary>
public sealed class LedgerModule : IApiModule
{
    /// <summary>Wrong credentials are accepted; the generated wrong-credential cases must catch it.</summary>
    public const string AuthIgnored = "ledger.auth-ignored";

    public string ApiId => "ledger";

    public string BasePath => "/ledger/v1";

    public IReadOnlyList<DefectInfo> Defects => [new(AuthIgnored, ApiId, "wrong or missing credentials are served like good ones", "auth_required")];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        var seed = SeedFileReader.Read<LedgerSeedSettings>(context.SeedFile);
        var credentials = Path.Combine(context.FixturesDirectory, "credentials", ApiId);
        var user = File.ReadAllText(Path.Combine(credentials, "username.txt")).Trim();
        var password = File.ReadAllText(Path.Combine(credentials, "password.txt")).Trim();
        var state = new LedgerState(seed, context.Options.Seed);
        services.AddSingleton(state);
        services.AddSingleton<IModuleInitializer>(state);
        services.AddSingleton<IResettable>(state);
        services.AddSingleton(new LedgerUser(user, password));
    }

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/entries", Authenticated(ListAsync));
        group.MapPost("/entries", Authenticated(CreateAsync));
        group.MapGet("/entries/{entryId}", Authenticated(GetAsync));
    }

    /// <summary>The contract's convention: the HTTP status is always 200, the refusal is in the body.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return Write(context, new JsonObject { ["error"] = detail });
    }

    /// <summary>Credentials are checked before anything else (unless the defect is on).</summary>
    private RequestDelegate Authenticated(RequestDelegate handler) => async context =>
    {
        var user = context.RequestServices.GetRequiredService<LedgerUser>();
        var ignored = context.RequestServices.GetRequiredService<ActiveDefects>().IsOn(AuthIgnored);
        if (!ignored && LedgerRequests.Unauthenticated(context.Request, user.Name, user.Password) is { } refusal)
        {
            await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, refusal);
            return;
        }

        await handler(context);
    };

    private async Task ListAsync(HttpContext context)
    {
        var (limit, problem) = LedgerRequests.Limit(context.Request);
        var from = context.Request.Query["from"].ToString();
        if (limit is null || !State(context).Entries.TryPageAfter(from.Length == 0 ? null : from, limit.Value, out var page))
        {
            await WriteErrorAsync(context, 400, problem ?? "from is not a cursor of this ledger.");
            return;
        }

        var answer = new JsonObject { ["data"] = new JsonArray([.. page.Items.Select(i => (JsonNode)Json(i.Value))]) };
        if (page.NextCursor is { } next)
        {
            answer["next"] = next;
        }

        await Write(context, answer);
    }

    private async Task CreateAsync(HttpContext context)
    {
        using var body = await JsonBodyReader.ReadAsync(context, (c, p) => WriteErrorAsync(c, p.StatusCode, p.Message));
        if (body is null)
        {
            return;
        }

        var (entry, problem) = LedgerRequests.NewEntry(body.RootElement);
        if (entry is null)
        {
            await WriteErrorAsync(context, 400, problem!);
            return;
        }

        await Write(context, Json(State(context).Add(entry.Account, entry.Amount, entry.Currency)));
    }

    private async Task GetAsync(HttpContext context)
    {
        var entryId = context.Request.RouteValues["entryId"] as string ?? string.Empty;
        if (!LedgerRequests.IsEntryId(entryId) || !State(context).Entries.TryGet(entryId, out var current))
        {
            await WriteErrorAsync(context, 404, $"No entry {entryId}.");
            return;
        }

        await Write(context, Json(current.Value));
    }

    private static JsonObject Json(LedgerEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["account"] = entry.Account,
        ["amount"] = entry.Amount,
        ["currency"] = entry.Currency,
    };

    private static Task Write(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static LedgerState State(HttpContext context) => context.RequestServices.GetRequiredService<LedgerState>();
}
