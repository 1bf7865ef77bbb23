using System.Text.Json;
using Conformance.Mock.Apis.Finum.Auth;
using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Apis.Finum.Validation;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Finum.Endpoints;

/// <summary>GET /auth-status and GET /file/{fileId}/download.</summary>
public static class FinumMiscEndpoints
{
    public static void MapFinumMisc(this RouteGroupBuilder group)
    {
        group.MapGet("/auth-status", FinumAuthGate.Protect(c => AuthStatusAsync(c, S<FinumResponses>(c), S<ProviderClock>(c))));
        group.MapGet("/file/{fileId}/download", FinumAuthGate.Protect(c =>
            DownloadAsync(c, c.Request.RouteValues["fileId"] as string ?? "", S<FinumStore>(c))));
    }

    private static T S<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static Task AuthStatusAsync(HttpContext context, FinumResponses responses, ProviderClock clock)
    {
        var verdict = context.Items[FinumAuthGate.VerdictItemKey] as FinumTokenVerdict;
        var expiresAt = verdict?.ExpiresAt is { } e && e != default ? e : clock.NowMilliseconds().AddHours(1);
        var status = new FinumAuthStatus(true, verdict?.Consumer ?? "anonymous", expiresAt);
        return responses.ObjectAsync(context, StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(status, FinumJson.Context.FinumAuthStatus));
    }

    private static async Task DownloadAsync(HttpContext context, string fileId, FinumStore store)
    {
        if (!FinumQuery.IsId(fileId))
        {
            await FinumProblems.BadRequestAsync(context, [new("fileId", "must match ^[A-Za-z0-9_-]{1,64}$")], aboutBody: false);
            return;
        }

        if (!store.Files.TryGet(fileId, out var file))
        {
            await FinumProblems.WriteAsync(context, StatusCodes.Status404NotFound, $"No file with id {fileId}.");
            return;
        }

        var content = FinumPdf.Render(file.Value);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = file.Value.MimeType;
        context.Response.ContentLength = content.Length;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.Value.Name}\"";
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }
}
