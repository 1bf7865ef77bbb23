using System.Diagnostics;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Journal;

/// <summary>Records every API request (not admin calls) after it has been answered.</summary>
public sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, ProviderClock clock)
{
    /// <summary>Handlers that read a body put its text here so the journal can show it.</summary>
    public const string BodyItemKey = "journal.body";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var loggedAt = clock.GetUtcNow();
        try
        {
            await next(context);
        }
        finally
        {
            var request = context.Request;
            var headers = new List<KeyValuePair<string, string>>(request.Headers.Count);
            foreach (var (name, value) in request.Headers)
            {
                headers.Add(new(name, CredentialMask.Mask(name, value.ToString())));
            }

            journal.Add(new JournalEntry(
                journal.NextSequence(),
                loggedAt,
                request.Method,
                request.Path.ToString() + request.QueryString.ToString(),
                request.Scheme + "://" + request.Host.Value,
                context.Connection.RemoteIpAddress?.ToString(),
                headers,
                context.Items.TryGetValue(BodyItemKey, out var body) ? body as string : null,
                context.Response.StatusCode,
                context.Response.ContentType,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }
}
