using Conformance.Mock.Apis;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Admin;

/// <summary>Puts every module's admin routes (<c>/__admin/&lt;api&gt;/…</c>) behind the same <see cref="AdminGuard"/> as the shared admin API.</summary>
public sealed class ModuleAdminGuardMiddleware(RequestDelegate next, IReadOnlyList<IApiModule> modules, AdminGuard guard)
{
    private readonly string[] prefixes = [.. modules.Select(m => $"/__admin/{m.ApiId}")];

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (Array.Exists(prefixes, p => path.StartsWith(p, StringComparison.Ordinal) && (path.Length == p.Length || path[p.Length] == '/'))
            && guard.Check(context) is { } refusal)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
