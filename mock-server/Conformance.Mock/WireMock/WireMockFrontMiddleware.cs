using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Conformance.Mock.Admin;
using Conformance.Mock.Apis;
using Conformance.Mock.Clock;
using Conformance.Mock.Faults;
using Conformance.Mock.Hosting;
using Conformance.Mock.Http;
using Conformance.Mock.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.WireMock;

/// <summary>
/// Runs on WireMock.Net's server before WireMock.Net itself: holds requests until the modules are
/// ready, guards all of <c>/__admin</c> (WireMock.Net's and ours), serves our admin endpoints through
/// the modules' host, refuses match-everything stubs, and injects faults before stubs are matched.
/// </summary>
internal sealed class WireMockFrontMiddleware
{
    private readonly RequestDelegate next;
    private readonly IServiceProvider services;
    private readonly InMemoryServer inMemory;
    private readonly WireMockEngine engine;
    private readonly AdminGuard guard;
    private readonly ProviderClock clock;
    private readonly FaultMiddleware faults;
    private readonly string[] ownAdminPrefixes;

    public WireMockFrontMiddleware(RequestDelegate next, IServiceProvider services, InMemoryServer inMemory, WireMockEngine engine)
    {
        this.next = next;
        this.services = services;
        this.inMemory = inMemory;
        this.engine = engine;
        guard = services.GetRequiredService<AdminGuard>();
        var modules = services.GetRequiredService<IReadOnlyList<IApiModule>>();
        clock = services.GetRequiredService<ProviderClock>();
        faults = new FaultMiddleware(CatchAllOrWireMockAsync, services.GetRequiredService<FaultStore>(), modules, clock);
        ownAdminPrefixes = [.. AdminEndpoints.OwnPaths.Concat(modules.Select(m => "/" + m.ApiId)).Select(p => "/__admin" + p)];
    }

    public async Task InvokeAsync(HttpContext context)
    {
        await engine.WhenOpen.WaitAsync(context.RequestAborted);
        ProviderDateMiddleware.Stamp(context.Response, clock);
        var path = context.Request.Path.Value ?? "/";
        if (!context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
        {
            ModuleCallback.Current.Value = context;
            await faults.ApplyAsync(context, services);
            return;
        }

        if (guard.Check(context) is { } refusal)
        {
            await ExecuteAsync(refusal, context);
            return;
        }

        if (Array.Exists(ownAdminPrefixes, p => path.StartsWith(p, StringComparison.Ordinal) && (path.Length == p.Length || path[p.Length] == '/')))
        {
            await ServeOwnAsync(context);
            return;
        }

        if (IsMappingWrite(context.Request, path) && await RefusedMappingAsync(context) is { } problem)
        {
            await ExecuteAsync(AdminResults.Problem(StatusCodes.Status400BadRequest, problem), context);
            return;
        }

        if (path.StartsWith("/__admin/requests", StringComparison.Ordinal))
        {
            await NextMaskedAsync(context);
            return;
        }

        await next(context);
        if (path.StartsWith("/__admin/mappings", StringComparison.Ordinal) && !HttpMethods.IsGet(context.Request.Method))
        {
            engine.EnsureModuleMappings();
        }
    }

    /// <summary>Past the faults: WireMock.Net's middleware, or its shortcut when only a catch-all could match.</summary>
    private Task CatchAllOrWireMockAsync(HttpContext context) =>
        engine.Shortcut is { } shortcut && shortcut.CatchAllFor(context) is { } catchAll
            ? shortcut.ServeAsync(context, catchAll)
            : next(context);

    /// <summary>WireMock.Net's journal answers, with credentials masked (see <see cref="JournalMasking"/>).</summary>
    private async Task NextMaskedAsync(HttpContext context)
    {
        var bytes = await CapturedBody.RunAsync(context, next);
        if (context.Response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && bytes.Length > 0)
        {
            try
            {
                var node = JsonNode.Parse(bytes);
                if (JournalMasking.Mask(node))
                {
                    bytes = Encoding.UTF8.GetBytes(node!.ToJsonString());
                }
            }
            catch (JsonException)
            {
                // Not a journal document (an error text): passed on as WireMock.Net wrote it.
            }
        }

        context.Response.ContentLength = null;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private async Task ServeOwnAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var answer = await inMemory.SendAsync(InMemoryExchange.From(context, body.ToArray()), context.RequestAborted);
        await InMemoryExchange.WriteAsync(answer, context);
    }

    private static bool IsMappingWrite(HttpRequest request, string path) =>
        (HttpMethods.IsPost(request.Method) && path is "/__admin/mappings" or "/__admin/mappings/")
        || (HttpMethods.IsPut(request.Method) && path.StartsWith("/__admin/mappings/", StringComparison.Ordinal));

    private static async Task<string?> RefusedMappingAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var json = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        return StubMappingCheck.Problem(json);
    }

    /// <summary>Results resolve their writers from the request's services: these are the modules' host's, not WireMock.Net's.</summary>
    private async Task ExecuteAsync(IResult result, HttpContext context)
    {
        var own = context.RequestServices;
        context.RequestServices = services;
        try
        {
            await result.ExecuteAsync(context);
        }
        finally
        {
            context.RequestServices = own;
        }
    }
}
