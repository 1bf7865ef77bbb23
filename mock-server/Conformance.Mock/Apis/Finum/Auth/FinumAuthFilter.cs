using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Finum.Auth;

/// <summary>Refuses every FiNUM operation without an accepted token (401 problem+json), before any other check.</summary>
public sealed class FinumAuthFilter(FinumJwtVerifier verifier, ActiveDefects defects) : IEndpointFilter
{
    public const string VerdictItemKey = "finum.token";

    private readonly bool ignore = defects.IsOn(FinumDefects.AuthIgnored);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var verdict = await verifier.VerifyAsync(http.Request.Headers.Authorization.ToString());
        if (!verdict.Accepted)
        {
            if (!ignore)
            {
                await FinumProblems.WriteAsync(http, StatusCodes.Status401Unauthorized, verdict.Error!);
                return Results.Empty;
            }

            verdict = new FinumTokenVerdict("anonymous", default, null);
        }

        http.Items[VerdictItemKey] = verdict;
        return await next(context);
    }
}
