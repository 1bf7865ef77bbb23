using Conformance.Mock.Apis;
using Conformance.Mock.Clock;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Faults;

/// <summary>
/// Applies injected faults before a request reaches its API (on the WireMock engine, before stubs are
/// matched). Latency waits on the base clock (a real delay the consumer's timeouts can see), not on
/// the provider clock.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultStore faults, IReadOnlyList<IApiModule> modules, ProviderClock clock)
{
    /// <summary>How long a stalled body hangs when the rule names no latency.</summary>
    public static readonly TimeSpan DefaultStall = TimeSpan.FromSeconds(30);

    public Task InvokeAsync(HttpContext context) => ApplyAsync(context, context.RequestServices);

    /// <summary>
    /// <paramref name="errorServices"/> are what a module's error writer resolves (its defects, its
    /// clock): the modules' own host, also when the request arrived on another server.
    /// </summary>
    public async Task ApplyAsync(HttpContext context, IServiceProvider errorServices)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.IsEmpty || context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var rule = faults.Match(context.Request.Method, context.Request.Path.Value ?? "/");
        if (rule is null)
        {
            await next(context);
            return;
        }

        if (rule.Kind == FaultKind.Stall)
        {
            await StallAsync(context, rule.Latency > TimeSpan.Zero ? rule.Latency : DefaultStall);
            return;
        }

        if (rule.Latency > TimeSpan.Zero)
        {
            await Task.Delay(rule.Latency, clock.BaseProvider, context.RequestAborted);
        }

        switch (rule.Kind)
        {
            case FaultKind.Drop:
                context.Abort();
                return;
            case FaultKind.Status:
                await WriteStatusAsync(context, rule, errorServices);
                return;
            default:
                await next(context);
                return;
        }
    }

    /// <summary>The real answer is produced, then only its first half is sent before the connection hangs and drops.</summary>
    private async Task StallAsync(HttpContext context, TimeSpan hold)
    {
        var bytes = await CapturedBody.RunAsync(context, next);
        try
        {
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(hold, clock.BaseProvider, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first: what a stall is for.
        }

        context.Abort();
    }

    private async Task WriteStatusAsync(HttpContext context, FaultRule rule, IServiceProvider errorServices)
    {
        var module = ModuleCatalog.ForPath(modules, context.Request.Path.Value ?? "/");
        if (module is null)
        {
            context.Response.StatusCode = rule.Status;
            return;
        }

        var own = context.RequestServices;
        context.RequestServices = errorServices;
        try
        {
            await module.WriteErrorAsync(context, rule.Status, $"Injected fault {rule.Id}.");
        }
        finally
        {
            context.RequestServices = own;
        }
    }
}
