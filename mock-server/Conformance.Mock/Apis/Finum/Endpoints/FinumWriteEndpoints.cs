using System.Text.Json;
using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Apis.Finum.Lifecycle;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Apis.Finum.Validation;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Conformance.Mock.Apis.Finum.Auth;

namespace Conformance.Mock.Apis.Finum.Endpoints;

/// <summary>
/// POST /client, POST /contract, PATCH /contract. Every check runs before anything is stored, so a
/// refused request leaves the state exactly as it was.
/// </summary>
public static class FinumWriteEndpoints
{
    public static void MapFinumWrites(this RouteGroupBuilder group)
    {
        group.MapPost("/client", FinumAuthGate.Protect(c => CreateClientAsync(c, S<FinumStore>(c), S<ProviderClock>(c), S<FinumResponses>(c))));
        group.MapPost("/contract", FinumAuthGate.Protect(c =>
            CreateContractAsync(c, S<FinumStore>(c), S<FinumLifecycle>(c), S<FinumSerializer>(c), S<FinumResponses>(c), S<CallbackAllowList>(c))));
        group.MapPatch("/contract", FinumAuthGate.Protect(c =>
            UpdateContractAsync(c, S<FinumLifecycle>(c), S<FinumSerializer>(c), S<FinumResponses>(c), S<CallbackAllowList>(c))));
    }

    private static T S<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();

    private static async Task CreateClientAsync(HttpContext context, FinumStore store, ProviderClock clock, FinumResponses responses)
    {
        using var document = await FinumBodyReader.ReadObjectAsync(context);
        if (document is null)
        {
            return;
        }

        var errors = new List<FinumFieldError>();
        var input = FinumClientInput.Read(new FinumBodyFields(document.RootElement, errors), errors);
        if (input is null)
        {
            await FinumProblems.BadRequestAsync(context, errors, aboutBody: true);
            return;
        }

        FinumClient client;
        lock (store.WriteLock)
        {
            var now = clock.NowMilliseconds();
            client = input with { Id = store.NextClientId(), CreatedAt = now, UpdatedAt = now };
            store.Clients.Put(client);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(client, FinumJson.Context.FinumClient);
        await responses.ObjectAsync(context, StatusCodes.Status201Created, body, $"/finum/v1/client-list?id-list={client.Id}");
    }

    private static async Task CreateContractAsync(
        HttpContext context, FinumStore store, FinumLifecycle lifecycle, FinumSerializer serializer, FinumResponses responses, CallbackAllowList allowList)
    {
        using var document = await FinumBodyReader.ReadObjectAsync(context);
        if (document is null)
        {
            return;
        }

        var errors = new List<FinumFieldError>();
        var input = FinumContractInput.ReadCreate(new FinumBodyFields(document.RootElement, errors), errors);
        FinumClient? holder = null;
        if (input is not null)
        {
            holder = store.Clients.TryGet(input.HolderId!, out var h) ? h.Value : null;
            if (holder is null)
            {
                errors.Add(new("/holderId", $"no client with id {input.HolderId}"));
            }

            if (!store.Products.Contains(input.ProductId!))
            {
                errors.Add(new("/productId", $"no product with id {input.ProductId}"));
            }

            CheckCallback(input, allowList, errors);
        }

        if (input is null || holder is null || errors.Count > 0)
        {
            await FinumProblems.BadRequestAsync(context, errors, aboutBody: true);
            return;
        }

        var contract = lifecycle.Create(input, holder);
        await responses.ObjectAsync(context, StatusCodes.Status201Created, serializer.Contract(contract), $"/finum/v1/contract-list?id-list={contract.Id}");
    }

    private static async Task UpdateContractAsync(
        HttpContext context, FinumLifecycle lifecycle, FinumSerializer serializer, FinumResponses responses, CallbackAllowList allowList)
    {
        using var document = await FinumBodyReader.ReadObjectAsync(context);
        if (document is null)
        {
            return;
        }

        var errors = new List<FinumFieldError>();
        var input = FinumContractInput.ReadUpdate(new FinumBodyFields(document.RootElement, errors), errors);
        if (input is not null)
        {
            CheckCallback(input, allowList, errors);
        }

        if (input is null || errors.Count > 0)
        {
            await FinumProblems.BadRequestAsync(context, errors, aboutBody: true);
            return;
        }

        var outcome = lifecycle.Update(input);
        if (outcome.Contract is null)
        {
            await FinumProblems.WriteAsync(context, outcome.Status, outcome.Detail!);
            return;
        }

        await responses.ObjectAsync(context, StatusCodes.Status200OK, serializer.Contract(outcome.Contract));
    }

    /// <summary>A callback target outside the allow-list is refused now, not silently dropped later.</summary>
    private static void CheckCallback(FinumContractInput input, CallbackAllowList allowList, List<FinumFieldError> errors)
    {
        if (input.CallbackUrl is { } url && !allowList.IsAllowed(url))
        {
            errors.Add(new("/callbackUrl", $"host {url.Host} is not on this provider's callback allow-list ({string.Join(", ", allowList.Entries)})"));
        }
    }
}
