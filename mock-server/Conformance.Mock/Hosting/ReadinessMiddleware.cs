using Conformance.Mock.Apis;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Hosting;

/// <summary>Holds a request until every module has finished its asynchronous start-up (a completed task once started).</summary>
public sealed class ReadinessMiddleware(RequestDelegate next, ModuleStartup startup)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await startup.WhenReady.WaitAsync(context.RequestAborted);
        await next(context);
    }
}
