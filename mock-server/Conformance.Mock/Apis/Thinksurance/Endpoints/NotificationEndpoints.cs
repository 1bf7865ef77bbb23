using System.Globalization;
using System.Text.Json;
using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Model;
using Conformance.Mock.Apis.Thinksurance.Notifications;
using Conformance.Mock.Apis.Thinksurance.State;
using Conformance.Mock.Apis.Thinksurance.Validation;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Endpoints;

/// <summary>
/// The legacy V1 reads of IP Notifications. The API token travels in the body or the path, so the body
/// is validated first, then the token, then the tenant tokens, as each operation documents.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapThinksuranceNotifications(this RouteGroupBuilder group)
    {
        group.MapPost("/api/ipn/inquiry/{inquiryId}", InquiryAsync);
        group.MapPost("/api/ipn/get/{token}", BrokerAsync);
        group.MapPost("/api/account-ipn/get/{token}", AccountAsync);
    }

    private static async Task InquiryAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, NotificationRequests.InquiryRead) is not { } fields)
        {
            return;
        }

        var services = context.RequestServices;
        var store = services.GetRequiredService<ThinksuranceStore>();
        if (User(context, fields["token"].GetString()) is not { } secret)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.TokenInvalid, credentials: true);
            return;
        }

        var brokerToken = ObjectShape.Text(fields, "bToken");
        var accountToken = ObjectShape.Text(fields, "aToken");
        if (brokerToken is not null && store.BrokerByToken(brokerToken) is null)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.BrokerNotFound);
            return;
        }

        if (accountToken is not null && accountToken != store.Account.AToken)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.AccountNotFound);
            return;
        }

        var text = context.Request.RouteValues["inquiryId"] as string ?? string.Empty;
        var inquiry = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? store.Inquiry(id) : null;
        if (inquiry is null || (brokerToken is not null && inquiry.BrokerToken != brokerToken) || store.BrokerByToken(inquiry.BrokerToken) is not { } broker)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.InquiryNotFound);
            return;
        }

        await ThinksuranceResponses.WriteAsync(context, ThinksuranceJson.Notifications([(inquiry, broker)], secret));
    }

    private static async Task BrokerAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, NotificationRequests.BrokerRead) is not { } fields)
        {
            return;
        }

        if (User(context, context.Request.RouteValues["token"] as string) is not { } secret)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.TokenInvalid, credentials: true);
            return;
        }

        var store = context.RequestServices.GetRequiredService<ThinksuranceStore>();
        if (store.BrokerByToken(fields["bToken"].GetString()!) is not { } broker)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.BrokerNotFound);
            return;
        }

        var window = Window(context, fields);
        var found = store.Inquiries(i => i.BrokerToken == broker.Token && window(i));
        await ThinksuranceResponses.WriteAsync(context, ThinksuranceJson.Notifications(found.Select(i => (i, broker)), secret));
    }

    private static async Task AccountAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, NotificationRequests.AccountRead) is not { } fields)
        {
            return;
        }

        if (User(context, context.Request.RouteValues["token"] as string) is not { } secret)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.TokenInvalid, credentials: true);
            return;
        }

        var store = context.RequestServices.GetRequiredService<ThinksuranceStore>();
        if (fields["aToken"].GetString() != store.Account.AToken)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.AccountNotFound);
            return;
        }

        var window = Window(context, fields);
        var found = store.Inquiries(window)
            .Select(i => (Inquiry: i, Broker: store.BrokerByToken(i.BrokerToken)))
            .Where(p => p.Broker is not null)
            .Select(p => (p.Inquiry, p.Broker!));
        await ThinksuranceResponses.WriteAsync(context, ThinksuranceJson.Notifications(found, secret));
    }

    /// <summary>The API user's secret (it keys <c>sHash</c>) when the token is valid, else null.</summary>
    private static string? User(HttpContext context, string? token)
    {
        var tokens = context.RequestServices.GetRequiredService<ThinksuranceTokens>();
        return tokens.Verify(token) is { } hash ? tokens.Secret(hash) : null;
    }

    /// <summary><c>lastDays</c> × 24 h back from the provider clock, or three calendar months; <c>iId</c> narrows to one inquiry.</summary>
    private static Func<Inquiry, bool> Window(HttpContext context, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var now = context.RequestServices.GetRequiredService<ProviderClock>().GetUtcNow();
        var from = fields.TryGetValue("lastDays", out var days) ? now.AddDays(-days.GetInt32()) : now.AddMonths(-3);
        long? only = fields.TryGetValue("iId", out var id) ? id.GetInt64() : null;
        return i => i.Updated >= from && (only is null || i.Id == only);
    }
}
