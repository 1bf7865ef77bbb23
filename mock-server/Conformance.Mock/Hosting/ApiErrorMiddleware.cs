using Conformance.Mock.Apis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Hosting;

/// <summary>
/// The safety net under every API: an unhandled failure becomes the API's documented error shape
/// (500, no stack trace), a request the server refused on its own (body too large, bad request) gets
/// its status in that shape, and an unknown route or method under a module's base path gets a 404 or
/// 405 in that shape instead of an empty answer.
/// </summary>
public sealed class ApiErrorMiddleware(RequestDelegate next, IReadOnlyList<IApiModule> modules, ILogger<ApiErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var module = ModuleCatalog.ForPath(modules, context.Request.Path.Value ?? "/");
        if (module is null)
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await module.WriteErrorAsync(context, ex.StatusCode, ex.StatusCode == 413 ? "The request body is too large." : "The request could not be read.");
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            logger.LogError(ex, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await module.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "The provider failed to answer this request.");
            return;
        }

        if (!context.Response.HasStarted && context.Response.StatusCode is 404 or 405 && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            var status = context.Response.StatusCode;
            await module.WriteErrorAsync(context, status, status == 404 ? "No such resource." : $"Method {context.Request.Method} is not allowed here.");
        }
    }
}
