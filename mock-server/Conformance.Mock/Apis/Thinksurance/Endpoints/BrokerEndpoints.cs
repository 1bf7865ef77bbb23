using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Seeding;
using Conformance.Mock.Apis.Thinksurance.State;
using Conformance.Mock.Apis.Thinksurance.Validation;
using Conformance.Mock.Hosting;
using Conformance.Mock.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Endpoints;

/// <summary><c>createBroker</c> and <c>getBrokerToken</c> in the account named by <c>X-Account-Token</c>.</summary>
public static class BrokerEndpoints
{
    public static void MapThinksuranceBrokers(this RouteGroupBuilder group)
    {
        group.MapPost("/api/ipn/brokers", CreateAsync);
        group.MapPost("/api/ipn/brokers/tokens", TokenAsync);
    }

    /// <summary>True after the token and account checks passed; otherwise the error was written.</summary>
    private static async Task<bool> AccountAsync(HttpContext context)
    {
        var gate = context.RequestServices.GetRequiredService<ThinksuranceGate>();
        var (_, authError) = gate.Authenticate(context.Request);
        if (authError is not null)
        {
            await ThinksuranceResponses.ErrorAsync(context, authError, credentials: true);
            return false;
        }

        if (gate.AccountRequired(context.Request) is { } accountError)
        {
            await ThinksuranceResponses.ErrorAsync(context, accountError);
            return false;
        }

        return true;
    }

    private static async Task CreateAsync(HttpContext context)
    {
        if (!await AccountAsync(context))
        {
            return;
        }

        // A broker's token derives from the global seed and its bExternalId, as the seeded brokers' do.
        var seed = context.RequestServices.GetRequiredService<ReferenceProviderOptions>().Seed;
        string TokenFor(JsonElement body) => ThinksuranceSeeder.HexToken(new StableRandom(StableSeed.For(
            seed, "thinksurance", "bToken", body.TryGetProperty("bExternalId", out var id) ? id.ToString() : string.Empty)));
        if (await ThinksuranceResponses.ReadAsync(context, body => BrokerRequests.ReadCreate(body, TokenFor(body))) is not { } broker)
        {
            return;
        }

        var token = broker.Token;
        var store = context.RequestServices.GetRequiredService<ThinksuranceStore>();
        if (store.BrokerByToken(token) is not null || !store.AddBroker(broker))
        {
            await ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.BrokerExists);
            return;
        }

        await ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = "Broker Api: broker created succesfully.", ["bToken"] = broker.Token });
    }

    private static async Task TokenAsync(HttpContext context)
    {
        if (!await AccountAsync(context))
        {
            return;
        }

        using var body = await ThinksuranceResponses.ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var (key, problem) = BrokerRequests.ReadLookup(body.RootElement);
        if (key is not { } lookup)
        {
            await ThinksuranceResponses.ErrorAsync(context, problem!);
            return;
        }

        var broker = context.RequestServices.GetRequiredService<ThinksuranceStore>().FindBroker(lookup.Type, lookup.ExternalId, lookup.Email);
        await (broker is null
            ? ThinksuranceResponses.ErrorAsync(context, ThinksuranceErrors.BrokerNotFound)
            : ThinksuranceResponses.WriteAsync(context, new JsonObject { ["status"] = "Broker Api: broker token found.", ["bToken"] = broker.Token }));
    }
}
