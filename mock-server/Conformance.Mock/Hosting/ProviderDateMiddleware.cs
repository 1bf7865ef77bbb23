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
        ArgumentNullException.ThrowIfNull(context);
        Stamp(context.Response, clock);
        return next(context);
    }

    /// <summary>
    /// Sets <c>Date</c> from <paramref name="clock"/> as the response starts, over whatever a server
    /// in between put there. It holds the header collection, not the response: a host may start the
    /// response after the request's context is gone (the in-memory server behind the WireMock engine does).
    /// </summary>
    public static void Stamp(HttpResponse response, ProviderClock clock)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.OnStarting(static state =>
        {
            var (headers, clock) = ((IHeaderDictionary, ProviderClock))state;
            headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        }, (response.Headers, clock));
    }
}
