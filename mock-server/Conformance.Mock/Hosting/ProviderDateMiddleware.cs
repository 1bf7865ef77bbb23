using System.Globalization;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Hosting;

/// <summary>
/// Every answer's <c>Date</c> is the provider's clock (RFC 9110 §6.6.1: when the origin produced it),
/// not the machine's: once a flow advances the clock, clients that judge token lifetimes or
/// <c>Retry-After</c> by the server's time see the time the provider acts on.
/// </summary>
public sealed class ProviderDateMiddleware(RequestDelegate next, ProviderClock clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (response, clock) = ((HttpResponse, ProviderClock))state;
            response.Headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }, (context.Response, clock));
        return next(context);
    }
}
