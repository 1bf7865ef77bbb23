using System.Text.Json;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Admin;

/// <summary><c>POST /__admin/clock/advance</c> with <c>{"seconds": n}</c> (n ≥ 0, fractions allowed, at most 10 years).</summary>
public static class AdminClockHandlers
{
    private const double MaxSeconds = 10 * 366 * 24 * 3600.0;

    public static async Task<IResult> AdvanceAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var clock = context.RequestServices.GetRequiredService<ProviderClock>();
        var scheduler = context.RequestServices.GetRequiredService<ProviderScheduler>();
        double seconds;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("seconds", out var value)
                || value.ValueKind != JsonValueKind.Number)
            {
                return AdminResults.Problem(StatusCodes.Status400BadRequest, "Body must be {\"seconds\": <number>}.");
            }

            seconds = value.GetDouble();
        }
        catch (JsonException)
        {
            return AdminResults.Problem(StatusCodes.Status400BadRequest, "Body must be JSON: {\"seconds\": <number>}.");
        }

        if (!double.IsFinite(seconds) || seconds < 0 || seconds > MaxSeconds)
        {
            return AdminResults.Problem(StatusCodes.Status400BadRequest, "seconds must be between 0 and 10 years; the clock never goes back.");
        }

        clock.Advance(TimeSpan.FromSeconds(seconds));
        var ran = await scheduler.RunDueAsync(cancellationToken);
        return Results.Json(AdminPayloads.Clock(clock, scheduler, ran));
    }
}
