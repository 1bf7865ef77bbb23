using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Specs.Model;
using Conformance.Mock.Apis.Seyna.Model;
using Conformance.Mock.Apis.Seyna.State;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>
/// PUT of every object type, in the contract's order of checks (401, 404, 413, 415, 400, 409): 201 and
/// <c>Location</c> for version 1, 200 for a new version, 200 with the stored version for an identical
/// re-PUT, 409 for an older <c>timestamp</c>; a refused request stores nothing.
/// </summary>
public static class SeynaWriteEndpoints
{
    public static void MapSeynaWrites(this RouteGroupBuilder group)
    {
        foreach (var kind in SeynaKind.All)
        {
            var parameter = kind.Name + "_id";
            group.MapPut($"/portfolios/{{portfolio_id}}/{kind.Collection}/{{{parameter}}}", http => PutAsync(http, kind, parameter));
        }
    }

    private static async Task PutAsync(HttpContext http, SeynaKind kind, string parameter)
    {
        var runtime = SeynaReadEndpoints.Runtime(http);
        if (await SeynaGate.PortfolioAsync(http, runtime) is not { } state || await SeynaGate.ObjectIdAsync(http, parameter) is not { } id)
        {
            return;
        }

        using var body = await JsonBodyReader.ReadAsync(http, (c, p) => SeynaResponses.ErrorAsync(c, p.StatusCode, p.Message));
        if (body is null)
        {
            return;
        }

        ApiSpec? contract;
        try
        {
            contract = await runtime.Rules.ContractAsync();
        }
        catch (InvalidOperationException ex)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ex.Message);
            return;
        }

        var (content, timestamp, parent, problem) = SeynaBodyRules.Read(contract ?? throw new InvalidOperationException("A Seyna portfolio is served without the Seyna contract."), kind, state.Portfolio, id, body.RootElement);
        if (content is null)
        {
            await SeynaResponses.ErrorAsync(http, StatusCodes.Status400BadRequest, problem!);
            return;
        }

        SeynaDefectEffects.OnWrite(runtime, kind, content);
        SeynaDefectEffects.OnSettlementWrite(runtime, kind, content);
        SeynaDefectEffects.OnReceiptWrite(runtime, kind, content);
        var now = runtime.Clock.NowMilliseconds();
        var (status, stored) = state[kind].Write(id, latest => Decide(runtime, kind, state.Portfolio, id, content, timestamp, parent, latest, now));
        if (status == StatusCodes.Status409Conflict)
        {
            await SeynaResponses.ErrorAsync(http, status, $"timestamp: older than the stored version {stored!.Version}'s ({stored.Body()["timestamp"]})");
            return;
        }

        if (status == StatusCodes.Status201Created)
        {
            http.Response.Headers.Location = runtime.Defect(SeynaDefects.LocationWithoutBasePath) ? SeynaLists.RelativePath(http, runtime) : http.Request.Path.Value;
        }

        if (kind == SeynaKind.Contract)
        {
            SeynaDefectEffects.AfterContractWrite(runtime, state, id, stored!, now);
        }

        await SeynaResponses.JsonAsync(http, status, stored!.Body());
    }

    private static (SeynaVersion? Append, (int Status, SeynaVersion? Stored) Result) Decide(
        SeynaRuntime runtime, SeynaKind kind, SeynaPortfolio portfolio, string id, JsonObject content, DateTimeOffset timestamp, string? parent, SeynaVersion? latest, DateTimeOffset now)
    {
        if (latest is not null)
        {
            if (timestamp < latest.Timestamp && !runtime.Defect(SeynaDefects.OlderTimestampAccepted))
            {
                return (null, (StatusCodes.Status409Conflict, latest));
            }

            var previous = latest.Body();
            if (SeynaContent.Same(content, SeynaStored.ContentOf(previous)) && !runtime.Defect(SeynaDefects.IdenticalPutVersions))
            {
                return (null, (StatusCodes.Status200OK, latest));
            }

            SeynaDefectEffects.OnNewVersion(runtime, kind, content, previous);
        }

        var created = latest is null ? now : DateTimeOffset.Parse(latest.Body()["creation_date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var version = latest is not null && runtime.Defect(SeynaDefects.PutOverwritesVersion) ? latest.Version : (latest?.Version ?? 0) + 1;
        var stored = SeynaStored.Compose(kind, portfolio, id, version, content, created, now);
        var append = new SeynaVersion(id, version, timestamp, parent, () => stored);
        return (append, (latest is null ? StatusCodes.Status201Created : StatusCodes.Status200OK, append));
    }
}
