using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Lifecycle;
using Conformance.Mock.Apis.Thinksurance.Validation;
using Conformance.Mock.Apis.Thinksurance.Webhooks;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Endpoints;

/// <summary>
/// The contract's reference-provider extensions under <c>/__admin/thinksurance/</c>, for what the
/// platform does out of band: register the webhook target (with support), create and advance inquiries
/// (the brokers' users), deactivate an API user, advance the clock. They answer in the API's own
/// convention (HTTP 200, <c>status</c> or <c>error</c>), so the same checks judge them.
/// </summary>
public static class ThinksuranceAdminEndpoints
{
    public static void MapThinksuranceAdmin(this RouteGroupBuilder group)
    {
        group.MapPut("/webhook-target", RegisterAsync);
        group.MapPost("/inquiries", CreateAsync);
        group.MapPost("/inquiries/{inquiryId}/advance", AdvanceAsync);
        group.MapPut("/api-users/{hash}", UserStateAsync);
        group.MapPut("/token-user", TokenUserStateAsync);
        group.MapPost("/clock/advance", ClockAsync);
    }

    private static async Task RegisterAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, AdminRequests.WebhookTarget) is not { } url)
        {
            return;
        }

        var hooks = context.RequestServices.GetRequiredService<ThinksuranceWebhooks>();
        if (!hooks.IsAllowed(url))
        {
            await ThinksuranceResponses.ErrorAsync(context, $"Webhook target not allowed: {url.Host}");
            return;
        }

        hooks.Register(url);
        await ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = "Webhook target registered.", ["url"] = url.AbsoluteUri });
    }

    private static async Task CreateAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, AdminRequests.NewInquiry) is not { } broker)
        {
            return;
        }

        var created = context.RequestServices.GetRequiredService<InquiryLifecycle>().Create(broker, InquiryUrl(context));
        await (created is null
            ? ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.BrokerNotFound)
            : ThinksuranceResponses.WriteAsync(context, created));
    }

    private static async Task AdvanceAsync(HttpContext context)
    {
        var text = context.Request.RouteValues["inquiryId"] as string ?? string.Empty;
        var lifecycle = context.RequestServices.GetRequiredService<InquiryLifecycle>();
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !lifecycle.Exists(id))
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.InquiryNotFound);
            return;
        }

        var advanced = lifecycle.Advance(id, InquiryUrl(context));
        await (advanced is null
            ? ThinksuranceResponses.ErrorAsync(context, "Inquiry is ordered and moves on no further.")
            : ThinksuranceResponses.WriteAsync(context, advanced));
    }

    private static async Task UserStateAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, AdminRequests.ApiUserState) is not { } fields)
        {
            return;
        }

        var state = fields["active"].GetBoolean();
        var hash = context.Request.RouteValues["hash"] as string ?? string.Empty;
        var tokens = context.RequestServices.GetRequiredService<ThinksuranceTokens>();
        await (tokens.SetActive(hash, state)
            ? ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = state ? "API user activated." : "API user deactivated." })
            : ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.ApiUser));
    }

    /// <summary>As <see cref="UserStateAsync"/> for the API user the bearer token was issued to (active or not).</summary>
    private static async Task TokenUserStateAsync(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<ThinksuranceTokens>();
        var header = context.Request.Headers.Authorization.ToString().Trim();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header[7..].Trim().Length == 0)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.TokenMissing, credentials: true);
            return;
        }

        if (tokens.Verify(header[7..].Trim()) is not { } hash)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.TokenInvalid, credentials: true);
            return;
        }

        if (await ThinksuranceResponses.ReadAsync(context, AdminRequests.ApiUserState) is not { } fields)
        {
            return;
        }

        var state = fields["active"].GetBoolean();
        tokens.SetActive(hash, state);
        await ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = state ? "API user activated." : "API user deactivated." });
    }

    private static async Task ClockAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, AdminRequests.ClockAdvance) is not { } fields)
        {
            return;
        }

        var by = fields["seconds"].GetInt32();
        var clock = context.RequestServices.GetRequiredService<ProviderClock>();
        clock.Advance(TimeSpan.FromSeconds(by));
        await context.RequestServices.GetRequiredService<ProviderScheduler>().RunDueAsync(context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        await ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = "Clock advanced.", ["now"] = now });
    }

    /// <summary>Where <c>getInquiryNotification</c> of an inquiry is served, as the caller reached this provider.</summary>
    private static Func<long, Uri> InquiryUrl(HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}/thinksurance/api/ipn/inquiry/";
        return id => new Uri(origin + id.ToString(CultureInfo.InvariantCulture));
    }
}
