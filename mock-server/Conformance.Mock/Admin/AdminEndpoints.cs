using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Faults;
using Conformance.Mock.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.Mock.Admin;

/// <summary>
/// <c>/__admin</c>: WireMock's paths and shapes for the request journal, reset and health; ours for
/// the clock, callbacks, faults and defects.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/__admin").AddEndpointFilter<AdminGuard>();
        group.MapGet("/health", AdminStatusHandlers.Health);
        group.MapGet("/requests", (RequestJournal journal) => Results.Json(AdminPayloads.Requests(journal)));
        group.MapDelete("/requests", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.Ok();
        });
        group.MapPost("/reset", AdminStatusHandlers.Reset);
        group.MapGet("/clock", (ProviderClock clock, ProviderScheduler scheduler) => Results.Json(AdminPayloads.Clock(clock, scheduler)));
        group.MapPost("/clock/advance", AdminClockHandlers.AdvanceAsync);
        group.MapGet("/callbacks", (CallbackDispatcher dispatcher) => Results.Json(AdminPayloads.Callbacks(dispatcher)));
        group.MapDelete("/callbacks", (CallbackDispatcher dispatcher) =>
        {
            dispatcher.Reset();
            return Results.Ok();
        });
        group.MapGet("/faults", (FaultStore faults) => Results.Json(new { faults = faults.List().Select(AdminPayloads.Fault) }));
        group.MapPost("/faults", AdminFaultHandlers.AddAsync);
        group.MapDelete("/faults", (FaultStore faults) =>
        {
            faults.Clear();
            return Results.Ok();
        });
        group.MapDelete("/faults/{id}", (string id, FaultStore faults) =>
            faults.Remove(id) ? Results.Ok() : AdminResults.Problem(StatusCodes.Status404NotFound, $"No fault with id '{id}'."));
        group.MapGet("/defects", AdminStatusHandlers.Defects);
        group.Map("/{**rest}", () => AdminResults.Problem(StatusCodes.Status404NotFound, "No such admin endpoint."));
    }
}
