using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Mock.Apis.Seyna.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>The read operations: portfolios, each collection (latest versions by id), each versions list and each object.</summary>
public static class SeynaReadEndpoints
{
    public static void MapSeynaReads(this RouteGroupBuilder group)
    {
        group.MapGet("/portfolios", ListPortfoliosAsync);
        group.MapGet("/portfolios/{portfolio_id}", GetPortfolioAsync);
        foreach (var kind in SeynaKind.All)
        {
            var parameter = kind.Name + "_id";
            group.MapGet($"/portfolios/{{portfolio_id}}/{kind.Collection}", http => ListLatestAsync(http, kind));
            group.MapGet($"/portfolios/{{portfolio_id}}/{kind.Versions}", http => ListVersionsAsync(http, kind, kind.Versions));
            group.MapGet($"/portfolios/{{portfolio_id}}/{kind.Collection}/{{{parameter}}}", http => GetAsync(http, kind, parameter));
        }

        // Seyna's own client uses -events here; the alias answers what the canonical path answers.
        group.MapGet("/portfolios/{portfolio_id}/settlement-events", http => ListVersionsAsync(http, SeynaKind.Settlement, "settlement-events"));
    }

    public static SeynaRuntime Runtime(HttpContext http) => http.RequestServices.GetRequiredService<SeynaRuntime>();

    public static JsonObject Json(SeynaPortfolio portfolio) => new()
    {
        ["object"] = "portfolio",
        ["id"] = portfolio.Id,
        ["product_id"] = portfolio.ProductId,
        ["name"] = portfolio.Name,
        ["timezone"] = portfolio.Timezone,
        ["live"] = portfolio.Live,
    };

    private static async Task ListPortfoliosAsync(HttpContext http)
    {
        var runtime = Runtime(http);
        if (await SeynaGate.AuthenticateAsync(http, runtime) is not { } granted
            || await SeynaLists.PagingAsync(http, runtime, "portfolios", string.Empty) is not ({ } paging, var after))
        {
            return;
        }

        var ids = runtime.Store.Portfolios.Select(p => p.Portfolio).Where(p => granted.Contains(p.Id)).ToList();
        if (paging.Descending)
        {
            ids.Reverse();
        }

        var page = ids.Where(p => after is null || (paging.Descending ? string.CompareOrdinal(p.Id, after.Id) < 0 : string.CompareOrdinal(p.Id, after.Id) > 0))
            .Take(paging.Limit + 1).ToList();
        await SeynaLists.WriteAsync(http, runtime, [.. page.Select(p => JsonSerializer.SerializeToUtf8Bytes(Json(p)))], paging.Limit, i => new SeynaCursor("portfolios", string.Empty, paging.Descending, page[i].Id, 0, 0));
    }

    private static async Task GetPortfolioAsync(HttpContext http)
    {
        var runtime = Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is { } state)
        {
            await SeynaResponses.JsonAsync(http, StatusCodes.Status200OK, Json(state.Portfolio));
        }
    }

    private static async Task ListLatestAsync(HttpContext http, SeynaKind kind)
    {
        var runtime = Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state)
        {
            return;
        }

        var collection = state[kind];
        var revision = collection.Revision;
        await SeynaLists.ServeAsync(http, runtime, revision, async () =>
        {
            if (await SeynaLists.PagingAsync(http, runtime, kind.Collection, state.Portfolio.Id) is not ({ } paging, var after))
            {
                return null;
            }

            var start = after?.Id;
            if (start is not null && runtime.Defect(SeynaDefects.CursorRepeatsPage))
            {
                // Off by one: the page starts at the cursor's item instead of after it.
                start = paging.Descending ? start + "\uffff" : PreviousKey(start);
            }

            var page = collection.LatestPage(start, paging.Descending, paging.Limit + 1);
            return SeynaLists.Page(http, runtime, [.. page.Select(runtime.Rendered.Utf8)], paging.Limit, i => new SeynaCursor(kind.Collection, state.Portfolio.Id, paging.Descending, page[i].Id, 0, 0));
        });
    }

    private static async Task ListVersionsAsync(HttpContext http, SeynaKind kind, string endpoint)
    {
        var runtime = Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state)
        {
            return;
        }

        var collection = state[kind];
        var revision = collection.Revision;
        await SeynaLists.ServeAsync(http, runtime, revision, async () =>
        {
            if (await SeynaLists.PagingAsync(http, runtime, endpoint, state.Portfolio.Id) is not ({ } paging, var after))
            {
                return null;
            }

            var position = after is null ? null : new SeynaVersion(after.Id, after.Version, new DateTimeOffset(after.Ticks, TimeSpan.Zero), null, () => []);
            var page = collection.VersionPage(position, paging.Descending, paging.Limit + 1);
            return SeynaLists.Page(http, runtime, [.. page.Select(runtime.Rendered.Utf8)], paging.Limit,
                i => new SeynaCursor(endpoint, state.Portfolio.Id, paging.Descending, page[i].Id, page[i].Timestamp.UtcTicks, page[i].Version));
        });
    }

    private static async Task GetAsync(HttpContext http, SeynaKind kind, string parameter)
    {
        var runtime = Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state || await SeynaGate.ObjectIdAsync(http, parameter) is not { } id)
        {
            return;
        }

        if (state[kind].Latest(id) is { } latest)
        {
            await SeynaResponses.BytesAsync(http, StatusCodes.Status200OK, runtime.Rendered.Utf8(latest));
            return;
        }

        await SeynaResponses.ErrorAsync(http, StatusCodes.Status404NotFound, $"{kind.Name} '{id}' not found");
    }

    /// <summary>The greatest key ordered before <paramref name="id"/> that no real id can sit between (ids never hold U+0000).</summary>
    private static string PreviousKey(string id) => id.Length == 0 ? id : id[..^1] + (char)(id[^1] - 1) + "\uffff";
}
