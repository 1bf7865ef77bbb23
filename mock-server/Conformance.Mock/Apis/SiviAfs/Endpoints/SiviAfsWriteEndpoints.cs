using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Clock;
using Conformance.Mock.Apis.SiviAfs.Query;
using Conformance.Mock.Apis.SiviAfs.State;
using Conformance.Mock.Apis.SiviAfs.Writes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Endpoints;

/// <summary>
/// new (POST, 201 + <c>Location</c>), change (PUT whole, PATCH partial) and the termination change, per
/// cluster. Checks run in the contract's order (401, 403, 404, 406, 413, 415, 400, 409, 422); a refused
/// write stores nothing.
/// </summary>
public static class SiviAfsWriteEndpoints
{
    private enum Change
    {
        Replace,
        Partial,
        Termination,
    }

    public static void MapSiviAfsWrites(this RouteGroupBuilder group)
    {
        foreach (var cluster in SiviAfsCluster.All)
        {
            group.MapPost("/" + cluster.Collection, context => NewAsync(context, cluster));
            group.MapPut($"/{cluster.Collection}/{{id}}/change", context => ChangeAsync(context, cluster, Change.Replace));
            group.MapPatch($"/{cluster.Collection}/{{id}}/change", context => ChangeAsync(context, cluster, Change.Partial));
            group.MapPut($"/{cluster.Collection}/{{id}}/termination/change", context => ChangeAsync(context, cluster, Change.Termination));
        }
    }

    private static async Task NewAsync(HttpContext context, SiviAfsCluster cluster)
    {
        var runtime = context.RequestServices.GetRequiredService<SiviAfsRuntime>();
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.WriteScope)
            || await SiviAfsBodies.ReadAsync(context, runtime, "new" + cluster.Singular) is not { } body)
        {
            return;
        }

        var today = Today(context);
        if ((SiviAfsDatasetRules.Structure(cluster, body) ?? SiviAfsDatasetRules.Business(cluster, body, today, runtime.Store(SiviAfsCluster.Policy).Exists)) is { } refusal)
        {
            await SiviAfsBodies.RefuseAsync(context, refusal);
            return;
        }

        var snapshot = runtime.Store(cluster).Write(store =>
        {
            var id = store.NextId();
            var stored = new SiviAfsSnapshot(id, today, SiviAfsStamping.Store(cluster, body, id, today, cluster.OpenStatus));
            store.Put(stored);
            return stored;
        });
        if (!context.RequestServices.GetRequiredService<SiviAfsDefectSwitches>().LocationMissing)
        {
            context.Response.Headers.Location = $"/sivi-afs/v1/{cluster.Collection}/{snapshot.Id}";
        }

        await SiviAfsResponses.JsonAsync(context, 201, SiviAfsAnswers.Dataset(snapshot, runtime.Structure(cluster), runtime.Settings.DataCatalogVersion));
    }

    private static async Task ChangeAsync(HttpContext context, SiviAfsCluster cluster, Change change)
    {
        var runtime = context.RequestServices.GetRequiredService<SiviAfsRuntime>();
        await runtime.ContractReadyAsync();
        var store = runtime.Store(cluster);
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        var operation = change switch
        {
            Change.Replace => "change" + cluster.Singular,
            Change.Partial => $"change{cluster.Singular}Partially",
            _ => "terminate" + cluster.Singular,
        };
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.WriteScope, id, store.Exists)
            || await SiviAfsBodies.ReadAsync(context, runtime, operation) is not { } body)
        {
            return;
        }

        var today = Today(context);
        var outcome = store.Write(s =>
        {
            var current = s.At(id, null)!;
            var (next, refusal) = change switch
            {
                Change.Replace => Replace(cluster, current, body, today, runtime),
                Change.Partial => Partial(cluster, current, body, today, runtime),
                _ => Terminate(cluster, current, body, today),
            };
            if (next is not null)
            {
                s.Put(next);
            }

            return (next, refusal);
        });
        if (outcome.refusal is { } refused)
        {
            await SiviAfsBodies.RefuseAsync(context, refused);
            return;
        }

        await SiviAfsResponses.JsonAsync(context, 200, SiviAfsAnswers.Dataset(outcome.next!, runtime.Structure(cluster), runtime.Settings.DataCatalogVersion));
    }

    private static (SiviAfsSnapshot?, SiviAfsRefusal?) Replace(SiviAfsCluster cluster, SiviAfsSnapshot current, JsonObject body, DateOnly today, SiviAfsRuntime runtime)
    {
        if (SiviAfsDatasetRules.Structure(cluster, body) is { } invalid)
        {
            return (null, invalid);
        }

        if (current.IsTerminated(cluster))
        {
            return (null, SiviAfsRefusal.Terminated(current.Id));
        }

        return SiviAfsDatasetRules.Business(cluster, body, today, runtime.Store(SiviAfsCluster.Policy).Exists) is { } broken
            ? (null, broken)
            : (new SiviAfsSnapshot(current.Id, today, SiviAfsStamping.Store(cluster, body, current.Id, today, cluster.OpenStatus)), null);
    }

    private static (SiviAfsSnapshot?, SiviAfsRefusal?) Partial(SiviAfsCluster cluster, SiviAfsSnapshot current, JsonObject patch, DateOnly today, SiviAfsRuntime runtime)
    {
        var (merged, kept, refusal) = SiviAfsPatch.Merge(cluster, current.Body, patch, current.Id);
        if ((refusal ?? SiviAfsDatasetRules.Structure(cluster, merged!)) is { } invalid)
        {
            return (null, invalid);
        }

        if (current.IsTerminated(cluster))
        {
            return (null, SiviAfsRefusal.Terminated(current.Id));
        }

        return SiviAfsDatasetRules.Business(cluster, merged!, today, runtime.Store(SiviAfsCluster.Policy).Exists) is { } broken
            ? (null, broken)
            : (new SiviAfsSnapshot(current.Id, today, SiviAfsStamping.Store(cluster, merged!, current.Id, today, cluster.OpenStatus, kept)), null);
    }

    private static (SiviAfsSnapshot?, SiviAfsRefusal?) Terminate(SiviAfsCluster cluster, SiviAfsSnapshot current, JsonObject body, DateOnly today)
    {
        var details = (JsonObject)body[cluster.MainEntity]![0]!;
        var main = current.Main(cluster);
        if (SiviAfsObjects.Type(details) != SiviAfsObjects.Type(main))
        {
            return (null, SiviAfsRefusal.Addressing($"{cluster.MainEntity}[0].entityType must be the stored {SiviAfsObjects.Type(main)}."));
        }

        if (current.IsTerminated(cluster))
        {
            return (null, SiviAfsRefusal.Terminated(current.Id));
        }

        var end = SiviAfsDatasetRules.Date(details, "terminationDate");
        var start = cluster == SiviAfsCluster.Policy ? "effectiveDate" : cluster == SiviAfsCluster.Claim ? "dateOfLoss" : "birthDate";
        if (SiviAfsDatasetRules.Date(main, start) is { } begin && end < begin)
        {
            return (null, SiviAfsRefusal.BusinessRule($"terminationDate is before {start}."));
        }

        var next = (JsonObject)current.Body.DeepClone();
        var terminated = (JsonObject)next[cluster.MainEntity]![0]!;
        terminated["statusType"] = "terminated";
        terminated["lastChangeDate"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        terminated["terminationDate"] = details["terminationDate"]!.DeepClone();
        terminated["terminationReason"] = details["terminationReason"]!.DeepClone();
        return (new SiviAfsSnapshot(current.Id, today, next), null);
    }

    private static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<ProviderClock>().GetUtcNow().UtcDateTime);
}
