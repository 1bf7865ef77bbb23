using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Apis.SiviAfs.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.SiviAfs.Endpoints;

/// <summary>The retrieve functions: collection GET with the SIVI query parameters, item GET with <c>validOn</c>.</summary>
public static class SiviAfsRetrieveEndpoints
{
    public static void MapSiviAfsRetrieves(this RouteGroupBuilder group)
    {
        foreach (var cluster in SiviAfsCluster.All)
        {
            group.MapGet("/" + cluster.Collection, context => CollectionAsync(context, cluster));
            group.MapGet($"/{cluster.Collection}/{{id}}", context => ItemAsync(context, cluster));
        }
    }

    private static async Task CollectionAsync(HttpContext context, SiviAfsCluster cluster)
    {
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.ReadScope))
        {
            return;
        }

        var runtime = context.RequestServices.GetRequiredService<SiviAfsRuntime>();
        var defects = context.RequestServices.GetRequiredService<SiviAfsDefectSwitches>();
        var structure = runtime.Structure(cluster);
        if (!SiviAfsQueryParser.TryParse(context.Request.Query, structure, collection: true, out var query, out var error))
        {
            await SiviAfsErrors.WriteAsync(context, 400, SiviAfsErrors.Query, error);
            return;
        }

        query = query with
        {
            Filter = defects.FilterIgnored ? [] : query.Filter,
            Sort = defects.SortIgnored ? [] : query.Sort,
            ValidOn = defects.ValidOnIgnored ? null : query.ValidOn,
        };
        var page = SiviAfsSelection.Select(runtime.Store(cluster).All(query.ValidOn), query, cluster);
        if (page.Count == 0)
        {
            if (defects.EmptyListInsteadOfNoContent)
            {
                await SiviAfsResponses.JsonAsync(context, 200, new JsonObject { [cluster.MainEntity] = new JsonArray() });
                return;
            }

            SiviAfsResponses.NoContent(context);
            return;
        }

        if (query.Fields is null)
        {
            await SiviAfsAnswerWriter.WriteAsync(context, 200, page, structure, runtime.Settings.DataCatalogVersion);
            return;
        }

        await SiviAfsResponses.JsonAsync(context, 200, SiviAfsAnswers.List(page, structure, runtime.Settings.DataCatalogVersion, query.Fields));
    }

    private static async Task ItemAsync(HttpContext context, SiviAfsCluster cluster)
    {
        var runtime = context.RequestServices.GetRequiredService<SiviAfsRuntime>();
        await runtime.ContractReadyAsync();
        var store = runtime.Store(cluster);
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.ReadScope, id, store.Exists))
        {
            return;
        }

        var structure = runtime.Structure(cluster);
        if (!SiviAfsQueryParser.TryParse(context.Request.Query, structure, collection: false, out var query, out var error))
        {
            await SiviAfsErrors.WriteAsync(context, 400, SiviAfsErrors.Query, error);
            return;
        }

        var validOn = context.RequestServices.GetRequiredService<SiviAfsDefectSwitches>().ValidOnIgnored ? null : query.ValidOn;
        if (store.At(id, validOn) is not { } snapshot)
        {
            SiviAfsResponses.NoContent(context);
            return;
        }

        await SiviAfsAnswerWriter.WriteAsync(context, 200, [snapshot], structure, runtime.Settings.DataCatalogVersion);
    }
}
