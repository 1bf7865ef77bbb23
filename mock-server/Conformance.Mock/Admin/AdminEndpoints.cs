using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Faults;
using Conformance.Mock.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Admin;

/// <summary>
/// <c>/__admin</c>: WireMock's paths and shapes for the request journal, reset and health; ours for
/// the clock, callbacks, faults and defects. Handlers are plain request delegates (no per-endpoint
/// code generation), which keeps the provider's first answer fast.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>
    /// Our endpoints beside WireMock.Net's (paths under <c>/__admin</c>; each module's
    /// <c>/&lt;api&gt;</c> too). On the WireMock engine these reach our handlers and every other admin
    /// path reaches WireMock.Net; <c>/reset</c> is ours and resets WireMock.Net's state as well.
    /// </summary>
    public static readonly IReadOnlyList<string> OwnPaths = ["/health", "/reset", "/clock", "/callbacks", "/faults", "/defects"];

    /// <summary>Maps the shared admin API and, under <c>/__admin/&lt;api&gt;/</c>, each module's own admin routes behind the same guard.</summary>
    public static void MapAdmin(this IEndpointRouteBuilder app, IReadOnlyList<IApiModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var group = app.MapGroup("/__admin");
        foreach (var module in modules)
        {
            // Guarded by ModuleAdminGuardMiddleware: a module's handlers may be of any kind.
            module.MapAdmin(group.MapGroup("/" + module.ApiId));
        }

        group.MapGet("/health", Guarded(c => Task.FromResult(AdminStatusHandlers.Health(c))));
        group.MapGet("/requests", Guarded(c => Json(AdminPayloads.Requests(S<RequestJournal>(c)))));
        group.MapDelete("/requests", Guarded(c => Ok(() => S<RequestJournal>(c).Clear())));
        group.MapPost("/reset", Guarded(c => Task.FromResult(AdminStatusHandlers.Reset(c.RequestServices))));
        group.MapGet("/clock", Guarded(c => Json(AdminPayloads.Clock(S<ProviderClock>(c), S<ProviderScheduler>(c)))));
        group.MapPost("/clock/advance", Guarded(AdminClockHandlers.AdvanceAsync));
        group.MapGet("/callbacks", Guarded(c => Json(AdminPayloads.Callbacks(S<CallbackDispatcher>(c)))));
        group.MapDelete("/callbacks", Guarded(c => Ok(() => S<CallbackDispatcher>(c).Reset())));
        group.MapGet("/faults", Guarded(c => Json(new { faults = S<FaultStore>(c).List().Select(AdminPayloads.Fault) })));
        group.MapPost("/faults", Guarded(AdminFaultHandlers.AddAsync));
        group.MapDelete("/faults", Guarded(c => Ok(() => S<FaultStore>(c).Clear())));
        group.MapDelete("/faults/{id}", Guarded(c =>
        {
            var id = c.Request.RouteValues["id"] as string ?? "";
            return Task.FromResult(S<FaultStore>(c).Remove(id) ? Results.Ok() : AdminResults.Problem(StatusCodes.Status404NotFound, $"No fault with id '{id}'."));
        }));
        group.MapGet("/defects", Guarded(c => Task.FromResult(AdminStatusHandlers.Defects(c))));
        group.Map("/{**rest}", Guarded(_ => Task.FromResult(AdminResults.Problem(StatusCodes.Status404NotFound, "No such admin endpoint."))));
    }

    private static RequestDelegate Guarded(Func<HttpContext, Task<IResult>> handler) => async context =>
    {
        var result = S<AdminGuard>(context).Check(context) ?? await handler(context);
        await result.ExecuteAsync(context);
    };

    private static T S<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static Task<IResult> Json(object payload) => Task.FromResult(Results.Json(payload));

    private static Task<IResult> Ok(Action action)
    {
        action();
        return Task.FromResult(Results.Ok());
    }
}
