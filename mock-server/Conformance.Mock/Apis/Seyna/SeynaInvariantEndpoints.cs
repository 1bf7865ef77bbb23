using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>The reference-provider extension: the accounting rules of one contract or claim, reported on request.</summary>
public static class SeynaInvariantEndpoints
{
    public static void MapSeynaInvariants(this RouteGroupBuilder group)
    {
        group.MapGet("/portfolios/{portfolio_id}/contracts/{contract_id}/invariants", ContractAsync);
        group.MapGet("/portfolios/{portfolio_id}/claims/{claim_id}/invariants", ClaimAsync);
    }

    private static async Task ContractAsync(HttpContext http)
    {
        var runtime = SeynaReadEndpoints.Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state || await SeynaGate.ObjectIdAsync(http, "contract_id") is not { } id)
        {
            return;
        }

        if (state[SeynaKind.Contract].Latest(id) is not { } contract)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status404NotFound, $"contract '{id}' not found");
            return;
        }

        var receipts = state[SeynaKind.Receipt].Children(id).Select(v => v.Body()).ToList();
        await WriteAsync(http, runtime, SeynaInvariants.ForContract(contract.Body(), receipts));
    }

    private static async Task ClaimAsync(HttpContext http)
    {
        var runtime = SeynaReadEndpoints.Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state || await SeynaGate.ObjectIdAsync(http, "claim_id") is not { } id)
        {
            return;
        }

        var history = state[SeynaKind.Claim].History(id).Select(v => v.Body()).ToList();
        if (history.Count == 0)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status404NotFound, $"claim '{id}' not found");
            return;
        }

        var settlements = state[SeynaKind.Settlement].Children(id).Select(v => v.Body()).ToList();
        await WriteAsync(http, runtime, SeynaInvariants.ForClaim(history[^1], history, settlements));
    }

    private static Task WriteAsync(HttpContext http, SeynaRuntime runtime, JsonArray results) =>
        SeynaResponses.JsonAsync(http, StatusCodes.Status200OK, new JsonObject
        {
            ["object"] = "list",
            ["url"] = SeynaLists.RelativePath(http, runtime),
            ["data"] = results,
        });
}
