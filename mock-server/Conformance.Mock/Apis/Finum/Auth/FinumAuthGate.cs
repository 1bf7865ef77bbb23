using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Finum.Auth;

/// <summary>Refuses every FiNUM operation without an accepted token (401 problem+json), before any other check.</summary>
public sealed class FinumAuthGate(FinumJwtVerifier verifier, ActiveDefects defects)
{
    public const string VerdictItemKey = "finum.token";

    private readonly bool ignore = defects.IsOn(FinumDefects.AuthIgnored);

    /// <summary>Wraps a handler so it only runs for authenticated requests.</summary>
    public static RequestDelegate Protect(RequestDelegate handler) => async context =>
    {
        if (await context.RequestServices.GetRequiredService<FinumAuthGate>().AdmitAsync(context))
        {
            await handler(context);
        }
    };

    /// <summary>True when the request may proceed; otherwise the 401 has been written.</summary>
    public async ValueTask<bool> AdmitAsync(HttpContext context)
    {
        var verdict = await verifier.VerifyAsync(context.Request.Headers.Authorization.ToString());
        if (!verdict.Accepted)
        {
            if (!ignore)
            {
                await FinumProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, verdict.Error!);
                return false;
            }

            verdict = new FinumTokenVerdict("anonymous", default, null);
        }

        context.Items[VerdictItemKey] = verdict;
        return true;
    }
}
