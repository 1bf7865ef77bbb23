using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Notifications;
using Conformance.Mock.Apis.Thinksurance.State;
using Conformance.Mock.Apis.Thinksurance.Validation;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Endpoints;

/// <summary>Add, list and delete a tenant's agency numbers: token, then tenant, then body, then the set's rules; all-or-nothing.</summary>
public static class AgencyNumberEndpoints
{
    private const string Path = "/api/ipn/agency-numbers";
    private const string Added = "Broker Api: agency number added succesfully.";
    private const string Deleted = "Broker Api: agency number deleted succesfully.";

    public static void MapThinksuranceAgencyNumbers(this RouteGroupBuilder group)
    {
        group.MapPost(Path, AddAsync);
        group.MapGet(Path, ListAsync);
        group.MapDelete(Path, DeleteAsync);
    }

    /// <summary>The tenant's set key after the token and tenant checks, or null once the error was written.</summary>
    public static async Task<string?> TenantAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var gate = context.RequestServices.GetRequiredService<ThinksuranceGate>();
        var (_, authError) = gate.Authenticate(context.Request);
        if (authError is not null)
        {
            await ThinksuranceResponses.ErrorAsync(context, authError, credentials: true);
            return null;
        }

        var (tenant, tenantError) = gate.AgencyTenant(context.Request);
        if (tenant is null)
        {
            await ThinksuranceResponses.ErrorAsync(context, tenantError!);
        }

        return tenant;
    }

    private static async Task AddAsync(HttpContext context)
    {
        if (await TenantAsync(context) is not { } tenant)
        {
            return;
        }

        if (await ThinksuranceResponses.ReadAsync(context, AgencyNumberRequests.Add) is not { } holders)
        {
            return;
        }

        var defects = context.RequestServices.GetRequiredService<ActiveDefects>();
        var store = context.RequestServices.GetRequiredService<ThinksuranceStore>();
        var refusal = store.WithSet(tenant, set =>
        {
            var outcome = set.Add(holders, checkUniqueIds: !defects.IsOn(ThinksuranceDefects.UniqueIdReuseAccepted));
            if (outcome is not null && defects.IsOn(ThinksuranceDefects.RefusalStores))
            {
                set.Add(holders, checkUniqueIds: false);
            }

            return outcome;
        });
        await (refusal is null
            ? ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = Added })
            : ThinksuranceResponses.ErrorAsync(context, refusal));
    }

    private static async Task ListAsync(HttpContext context)
    {
        if (await TenantAsync(context) is not { } tenant)
        {
            return;
        }

        var store = context.RequestServices.GetRequiredService<ThinksuranceStore>();
        var json = store.WithSet(tenant, set => ThinksuranceJson.AgencyNumberSets(set.Holders));
        await ThinksuranceResponses.WriteAsync(context, json);
    }

    private static async Task DeleteAsync(HttpContext context)
    {
        if (await TenantAsync(context) is not { } tenant)
        {
            return;
        }

        if (await ThinksuranceResponses.ReadAsync(context, AgencyNumberRequests.Delete) is not { } deletions)
        {
            return;
        }

        var apply = !context.RequestServices.GetRequiredService<ActiveDefects>().IsOn(ThinksuranceDefects.DeleteDoesNothing);
        var refusal = context.RequestServices.GetRequiredService<ThinksuranceStore>().WithSet(tenant, set => set.Delete(deletions, apply));
        await (refusal is null
            ? ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = Deleted })
            : ThinksuranceResponses.ErrorAsync(context, refusal));
    }
}
