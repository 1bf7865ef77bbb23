using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Apis.SiviAfs.Writes;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Endpoints;

/// <summary>
/// The contract's reference-provider extension under <c>/__admin/sivi-afs</c>: <c>advanceClock</c>
/// moves the provider's clock (token expiry, <c>validOn</c> history) on and runs what became due,
/// answered like every AFS function (versioned JSON, the AFD error entity for a bad body), so flows
/// can prove that an expired token is refused.
/// </summary>
public static class SiviAfsAdminEndpoints
{
    public static void MapSiviAfsAdmin(this RouteGroupBuilder group) => group.MapPost("/clock/advance", AdvanceClockAsync);

    private static async Task AdvanceClockAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var runtime = services.GetRequiredService<SiviAfsRuntime>();
        await runtime.ContractReadyAsync();
        var versioning = services.GetRequiredService<SiviAfsVersioning>();
        versioning.Default(context);
        if (!versioning.Negotiate(context))
        {
            await SiviAfsErrors.WriteAsync(context, 406, "Accept admits no JSON; ask for application/json; version=N.");
            return;
        }

        if (await SiviAfsBodies.ReadAsync(context, runtime, "advanceClock") is not { } body)
        {
            return;
        }

        var clock = services.GetRequiredService<ProviderClock>();
        clock.Advance(TimeSpan.FromSeconds(body["seconds"]!.GetValue<long>()));
        await services.GetRequiredService<ProviderScheduler>().RunDueAsync(context.RequestAborted);
        await SiviAfsResponses.JsonAsync(context, 200, new JsonObject { ["now"] = clock.NowMilliseconds() });
    }
}
