using System.Globalization;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Faults;
using Conformance.Mock.Journal;

namespace Conformance.Mock.Admin;

/// <summary>The JSON shapes of admin answers.</summary>
public static class AdminPayloads
{
    /// <summary>WireMock's <c>GET /__admin/requests</c> shape, newest first.</summary>
    public static object Requests(RequestJournal journal)
    {
        var entries = journal.Snapshot();
        return new
        {
            requests = entries.Reverse().Select(e => new
            {
                id = e.Sequence.ToString(CultureInfo.InvariantCulture),
                request = new
                {
                    url = e.Url,
                    absoluteUrl = e.SchemeAndHost + e.Url,
                    method = e.Method,
                    clientIp = e.ClientIp,
                    headers = e.Headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                        .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)), StringComparer.OrdinalIgnoreCase),
                    body = e.Body ?? "",
                    loggedDate = e.LoggedAt.ToUnixTimeMilliseconds(),
                    loggedDateString = e.LoggedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                },
                responseDefinition = new { status = e.Status, contentType = e.ResponseContentType },
                timing = new { totalTime = e.DurationMilliseconds },
            }),
            meta = new { total = entries.Count },
            requestJournalDisabled = false,
        };
    }

    public static object Clock(ProviderClock clock, ProviderScheduler scheduler, int? ran = null) =>
        new
        {
            now = clock.GetUtcNow(),
            offsetSeconds = clock.Offset.TotalSeconds,
            processed = ran,
            pending = scheduler.Pending().Select(j => new { dueAt = j.DueAt, description = j.Description }),
        };

    public static object Callbacks(CallbackDispatcher dispatcher) =>
        new
        {
            allowList = dispatcher.AllowList.Entries,
            deliveries = dispatcher.Deliveries().Select(d => new
            {
                id = d.Id,
                api = d.ApiId,
                name = d.Name,
                subject = d.Subject,
                url = d.Url.ToString(),
                payload = d.Payload,
                createdAt = d.CreatedAt,
                state = d.State.ToString().ToLowerInvariant(),
                nextAttemptAt = d.NextAttemptAt,
                attempts = d.Attempts.Select(a => new { number = a.Number, at = a.At, status = a.Status, error = a.Error, durationMs = a.DurationMilliseconds }),
            }),
        };

    public static object Fault(FaultRule rule) =>
        new
        {
            id = rule.Id,
            route = rule.Route,
            method = rule.Method,
            kind = rule.Kind.ToString().ToLowerInvariant(),
            status = rule.Status,
            latencyMs = (int)rule.Latency.TotalMilliseconds,
            rate = rule.Rate,
        };
}
