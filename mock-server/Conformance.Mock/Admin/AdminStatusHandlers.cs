using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;
using Conformance.Mock.Faults;
using Conformance.Mock.Journal;
using Conformance.Mock.State;
using Conformance.Mock.Hosting;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Admin;

/// <summary>Health, reset and defect listing.</summary>
public static class AdminStatusHandlers
{
    private static readonly string Version = typeof(AdminStatusHandlers).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>WireMock's health shape: <c>status</c>, <c>message</c>, <c>version</c>, <c>uptimeInSeconds</c>, <c>timestamp</c>.</summary>
    /// <remarks>Written by hand: health is the first call a starting client makes, so it avoids reflection-based serialisation.</remarks>
    public static IResult Health(HttpContext context)
    {
        var services = context.RequestServices;
        var clock = services.GetRequiredService<ProviderClock>();
        var started = services.GetRequiredService<ProviderStartTime>();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", "healthy");
            json.WriteString("message", "Reference provider is ok");
            json.WriteString("version", Version);
            json.WriteNumber("uptimeInSeconds", (long)clock.BaseProvider.GetElapsedTime(started.Timestamp).TotalSeconds);
            json.WriteString("timestamp", clock.GetUtcNow());
            json.WriteStartArray("apis");
            foreach (var module in services.GetRequiredService<IReadOnlyList<IApiModule>>())
            {
                json.WriteStartObject();
                json.WriteString("id", module.ApiId);
                json.WriteString("basePath", module.BasePath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Results.Bytes(buffer.ToArray(), "application/json");
    }

    /// <summary>
    /// Back to the seeded state: module state, scheduled work, callback and request journals and
    /// faults are cleared. The clock keeps its offset (time never goes back) and defects stay on.
    /// </summary>
    public static IResult Reset(IServiceProvider services)
    {
        var scheduler = services.GetRequiredService<ProviderScheduler>();
        var journal = services.GetRequiredService<RequestJournal>();
        var faults = services.GetRequiredService<FaultStore>();
        var resettables = services.GetServices<IResettable>();
        scheduler.Clear();
        foreach (var resettable in resettables)
        {
            resettable.Reset();
        }

        journal.Clear();
        faults.Clear();
        return Results.Ok();
    }

    public static IResult Defects(HttpContext context) =>
        Results.Json(new
        {
            defects = ModuleCatalog.AllDefects().Select(d => new
            {
                name = d.Name,
                api = d.ApiId,
                description = d.Description,
                expectedCheck = d.ExpectedCheck,
                active = context.RequestServices.GetRequiredService<ActiveDefects>().IsOn(d.Name),
            }),
        });
}
