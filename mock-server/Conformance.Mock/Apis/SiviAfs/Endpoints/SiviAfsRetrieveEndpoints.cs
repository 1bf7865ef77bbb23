using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Apis.SiviAfs.Query;
using Conformance.Mock.Http;
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

    /// <summary>
    /// A collection retrieve. Its answer depends only on the cluster's datasets and the request's query
    /// and version, so a repeated read is served from the module's <see cref="RenderedAnswerCache"/> until the next
    /// write (the cluster's revision); refusals are not kept.
    /// </summary>
    private static async Task CollectionAsync(HttpContext context, SiviAfsCluster cluster)
    {
        if (!await SiviAfsGate.PassAsync(context, SiviAfsGate.ReadScope))
        {
            return;
        }

        var services = context.RequestServices;
        var runtime = services.GetRequiredService<SiviAfsRuntime>();
        var cache = services.GetRequiredService<SiviAfsRuntime>().Answers;
        var revision = runtime.Store(cluster).Revision;
        var contentType = SiviAfsVersioning.ContentType(context);
        var key = string.Concat(cluster.Collection, "\n", contentType, "\n", context.Request.QueryString.Value);
        if (cache.Find(key, revision) is not { } answer)
        {
            var structure = runtime.Structure(cluster);
            if (!SiviAfsQueryParser.TryParse(context.Request.Query, structure, collection: true, out var query, out var error))
            {
                await SiviAfsErrors.WriteAsync(context, 400, SiviAfsErrors.Query, error);
                return;
            }

            answer = Render(runtime, services.GetRequiredService<SiviAfsDefectSwitches>(), cluster, query, revision, contentType);
            if (cache.Wants(key, revision))
            {
                cache.Keep(key, answer);
            }
        }

        await answer.WriteAsync(context);
    }

    private static RenderedAnswer Render(SiviAfsRuntime runtime, SiviAfsDefectSwitches defects, SiviAfsCluster cluster, SiviAfsQuery query, long revision, string contentType)
    {
        query = query with
        {
            Filter = defects.FilterIgnored ? [] : query.Filter,
            Sort = defects.SortIgnored ? [] : query.Sort,
            ValidOn = defects.ValidOnIgnored ? null : query.ValidOn,
        };
        var structure = runtime.Structure(cluster);
        var page = SiviAfsSelection.Select(runtime.Store(cluster).All(query.ValidOn), query, cluster);
        if (page.Count == 0 && !defects.EmptyListInsteadOfNoContent)
        {
            return new RenderedAnswer(revision, StatusCodes.Status204NoContent, null, []);
        }

        var output = new ArrayBufferWriter<byte>(16 * 1024);
        if (page.Count == 0)
        {
            Serialize(output, new JsonObject { [cluster.MainEntity] = new JsonArray() });
        }
        else if (query.Fields is null)
        {
            SiviAfsAnswerWriter.Write(output, page, structure, runtime.Settings.DataCatalogVersion);
        }
        else
        {
            Serialize(output, SiviAfsAnswers.List(page, structure, runtime.Settings.DataCatalogVersion, query.Fields));
        }

        return new RenderedAnswer(revision, StatusCodes.Status200OK, contentType, output.WrittenSpan.ToArray());
    }

    private static void Serialize(IBufferWriter<byte> output, JsonNode body)
    {
        using var json = new Utf8JsonWriter(output);
        body.WriteTo(json);
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
