using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;
using Conformance.Mock.Faults;
using Conformance.Mock.Journal;
using Conformance.Mock.State;
using Conformance.Mock.Hosting;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Admin;

/// <summary>Health, reset and defect listing.</summary>
public static class AdminStatusHandlers
{
    private static readonly string Version = typeof(AdminStatusHandlers).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>WireMock's health shape: <c>status</c>, <c>message</c>, <c>version</c>, <c>uptimeInSeconds</c>, <c>timestamp</c>.</summary>
    public static IResult Health(ProviderClock clock, ProviderStartTime started, IReadOnlyList<IApiModule> modules) =>
        Results.Json(new
        {
            status = "healthy",
            message = "Reference provider is ok",
            version = Version,
            uptimeInSeconds = (long)clock.BaseProvider.GetElapsedTime(started.Timestamp).TotalSeconds,
            timestamp = clock.GetUtcNow(),
            apis = modules.Select(m => new { id = m.ApiId, basePath = m.BasePath }),
        });

    /// <summary>
    /// Back to the seeded state: module state, scheduled work, callback and request journals and
    /// faults are cleared. The clock keeps its offset (time never goes back) and defects stay on.
    /// </summary>
    public static IResult Reset(IEnumerable<IResettable> resettables, ProviderScheduler scheduler, RequestJournal journal, FaultStore faults)
    {
        scheduler.Clear();
        foreach (var resettable in resettables)
        {
            resettable.Reset();
        }

        journal.Clear();
        faults.Clear();
        return Results.Ok();
    }

    public static IResult Defects(ActiveDefects active) =>
        Results.Json(new
        {
            defects = ModuleCatalog.AllDefects().Select(d => new
            {
                name = d.Name,
                api = d.ApiId,
                description = d.Description,
                expectedCheck = d.ExpectedCheck,
                active = active.IsOn(d.Name),
            }),
        });
}
