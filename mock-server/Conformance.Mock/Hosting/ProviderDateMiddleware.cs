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
        // The header collection, not the response: a host may start the response after the request's
        // context is gone (the in-memory server behind the WireMock engine does).
        context.Response.OnStarting(static state =>
        {
            var (headers, clock) = ((IHeaderDictionary, ProviderClock))state;
            headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }, (context.Response.Headers, clock));
        return next(context);
    }
}
