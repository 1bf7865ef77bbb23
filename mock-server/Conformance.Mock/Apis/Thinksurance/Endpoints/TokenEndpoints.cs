using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Notifications;
using Conformance.Mock.Apis.Thinksurance.Validation;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Endpoints;

/// <summary><c>createToken</c> and its alias <c>createTokenAlias</c>: the API user's hash and secret for a 15-minute token.</summary>
public static class TokenEndpoints
{
    public static void MapThinksuranceTokens(this RouteGroupBuilder group)
    {
        group.MapPost("/api/ipn/tokens", CreateAsync);
        group.MapPost("/api/ipn/token", CreateAsync);
    }

    private static async Task CreateAsync(HttpContext context)
    {
        if (await ThinksuranceResponses.ReadAsync(context, NotificationRequests.Token) is not { } fields)
        {
            return;
        }

        var tokens = context.RequestServices.GetRequiredService<ThinksuranceTokens>();
        var neverExpire = context.RequestServices.GetRequiredService<ActiveDefects>().IsOn(ThinksuranceDefects.TokensNeverExpire);
        if (tokens.Issue(fields["hash"].GetString()!, fields["secret"].GetString()!, neverExpire) is not { } issued)
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.ApiUser, credentials: true);
            return;
        }

        await ThinksuranceResponses.WriteAsync(context, new JsonObject { ["token"] = issued.Value, ["expired"] = ThinksuranceJson.UtcText(issued.ExpiresAt) });
    }
}
