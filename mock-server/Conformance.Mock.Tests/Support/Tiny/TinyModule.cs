using System.Text.Json;
using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;
using Conformance.Mock.Http;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Tests.Support.Tiny;

/// <summary>
/// A test-only API built from the module kit alone, with conventions unlike FiNUM's: every refusal is
/// HTTP 200 with an <c>error</c> member, callbacks count only 204 as delivered and stop after 3 attempts.
/// Not discovered (it lives in the test assembly): tests hand it to the host.
/// </summary>
public sealed class TinyModule(string moduleDirectory, Task? initGate = null, TaskCompletionSource? initEntered = null) : IApiModule
{
    public static readonly DeliveryPolicy NotifyPolicy = new()
    {
        MaxAttempts = 3,
        Backoff = [TimeSpan.FromSeconds(5)],
        DeliveredStatuses = new HashSet<int> { 204 },
        Headers = new Dictionary<string, string> { ["X-Tiny-Signature"] = "test" },
    };

    public string ApiId => "tiny";

    public string BasePath => "/tiny/v1";

    public IReadOnlyList<DefectInfo> Defects => [];

    public IReadOnlyList<ModuleOption> Options =>
    [
        new() { Name = "greeting", ValueHint = "<text>", Description = "greeting of the seeded items", Aliases = ["--tiny-greeting"], Validate = v => v.Length > 0 ? null : "must not be empty." },
    ];

    public string? ModuleDirectory => moduleDirectory;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        var seed = SeedFileReader.Read<TinySeedSettings>(context.SeedFile);
        if (context.Value(ApiId, "greeting") is { } greeting)
        {
            seed = seed with { Greeting = greeting };
        }

        var state = new TinyState(seed, initGate, initEntered);
        services.AddSingleton(state);
        services.AddSingleton<IModuleInitializer>(state);
        services.AddSingleton<IResettable>(_ => state.Items);
    }

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("/items", (HttpContext c) => c.Response.WriteAsJsonAsync(
            State(c).Items.Page(0, 100).Items.Select(i => new { name = i.Id, version = i.Version, greeting = i.Value.Greeting })));
        group.MapPost("/items", async (HttpContext c) =>
        {
            using var body = await JsonBodyReader.ReadAsync(c, (context, problem) => WriteErrorAsync(context, problem.StatusCode, problem.Message));
            if (body is null)
            {
                return;
            }

            var name = body.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            var written = State(c).Items.Put(new TinyItem(name, "new"));
            c.Response.StatusCode = 201;
            await c.Response.WriteAsJsonAsync(new { name = written.Id, version = written.Version });
        });
        group.MapPost("/notify", async (HttpContext c) =>
        {
            using var body = await JsonBodyReader.ReadAsync(c, (context, problem) => WriteErrorAsync(context, problem.StatusCode, problem.Message));
            if (body is null)
            {
                return;
            }

            var url = new Uri(body.RootElement.GetProperty("url").GetString()!);
            var clock = c.RequestServices.GetRequiredService<ProviderClock>();
            var delivery = c.RequestServices.GetRequiredService<CallbackDispatcher>().Enqueue(
                new CallbackRequest(ApiId, "notified", "n1", url, """{"event":"notified"}""", clock.GetUtcNow()) { Policy = NotifyPolicy });
            c.Response.StatusCode = 202;
            await c.Response.WriteAsJsonAsync(new { delivery = delivery.Id });
        });
    }

    public void MapAdmin(RouteGroupBuilder group) =>
        group.MapGet("/state", (HttpContext c) => c.Response.WriteAsJsonAsync(new { items = State(c).Items.Count }));

    /// <summary>Thinksurance-like: the HTTP status is always 200, the failure is in the body.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return context.Response.WriteAsJsonAsync(new { error = detail, code = statusCode });
    }

    private static TinyState State(HttpContext context) => context.RequestServices.GetRequiredService<TinyState>();
}
