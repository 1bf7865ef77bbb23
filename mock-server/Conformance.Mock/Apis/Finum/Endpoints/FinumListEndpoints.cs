using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Apis.Finum.Validation;
using Conformance.Mock.Defects;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conformance.Mock.Apis.Finum.Endpoints;

/// <summary>The read side: <c>*-list</c> by ids (and contracts by holder) and <c>*-id-list-updated</c>.</summary>
public static class FinumListEndpoints
{
    public static void MapFinumLists(this RouteGroupBuilder group)
    {
        group.MapGet("/contract-list", ListContractsAsync);
        group.MapGet("/client-list", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => ListAsync(c, s.Clients, FinumSerializer.Client, r, d));
        group.MapGet("/product-list", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => ListAsync(c, s.Products, FinumSerializer.Product, r, d));
        group.MapGet("/user-list", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => ListAsync(c, s.Users, FinumSerializer.User, r, d));
        group.MapGet("/file-list", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => ListAsync(c, s.Files, FinumSerializer.File, r, d));
        group.MapGet("/contract-id-list-updated", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => UpdatedAsync(c, s.Contracts, r, d));
        group.MapGet("/client-id-list-updated", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => UpdatedAsync(c, s.Clients, r, d));
        group.MapGet("/product-id-list-updated", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => UpdatedAsync(c, s.Products, r, d));
        group.MapGet("/user-id-list-updated", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => UpdatedAsync(c, s.Users, r, d));
        group.MapGet("/file-id-list-updated", (HttpContext c, FinumStore s, FinumResponses r, ActiveDefects d) => UpdatedAsync(c, s.Files, r, d));
    }

    /// <summary>Exactly one of <c>id-list</c> and <c>holder-id</c>; holder results in id order.</summary>
    private static Task ListContractsAsync(HttpContext context, FinumStore store, FinumSerializer serializer, FinumResponses responses, ActiveDefects defects)
    {
        var query = context.Request.Query;
        var hasIds = query.ContainsKey("id-list");
        var hasHolder = query.ContainsKey("holder-id");
        var errors = new List<FinumFieldError>();
        if (hasIds == hasHolder)
        {
            errors.Add(new(hasIds ? "holder-id" : "id-list", "give exactly one of id-list and holder-id"));
            return FinumProblems.BadRequestAsync(context, errors, aboutBody: false);
        }

        if (hasHolder)
        {
            var holder = FinumQuery.SingleId(query["holder-id"], errors, "holder-id");
            if (holder is null)
            {
                return FinumProblems.BadRequestAsync(context, errors, aboutBody: false);
            }

            var ids = store.ContractIdsOfHolder(holder);
            return Serve(context, store.Contracts, ids, serializer.Contract, responses, leaveOut: false);
        }

        var requested = FinumQuery.IdList(query["id-list"], errors);
        return requested is null
            ? FinumProblems.BadRequestAsync(context, errors, aboutBody: false)
            : Serve(context, store.Contracts, requested, serializer.Contract, responses, defects.IsOn(FinumDefects.IdsLeftOut));
    }

    private static Task ListAsync<T>(HttpContext context, RecordTable<T> table, Func<T, byte[]> serialize, FinumResponses responses, ActiveDefects defects)
        where T : class
    {
        var errors = new List<FinumFieldError>();
        var requested = FinumQuery.IdList(context.Request.Query["id-list"], errors);
        return requested is null
            ? FinumProblems.BadRequestAsync(context, errors, aboutBody: false)
            : Serve(context, table, requested, serialize, responses, defects.IsOn(FinumDefects.IdsLeftOut));
    }

    /// <summary>Known ids in request order; unknown ones are left out.</summary>
    private static Task Serve<T>(HttpContext context, RecordTable<T> table, IReadOnlyList<string> ids, Func<T, byte[]> serialize, FinumResponses responses, bool leaveOut)
        where T : class
    {
        var items = new List<byte[]>(ids.Count);
        foreach (var id in ids)
        {
            if (table.TryGet(id, out var record))
            {
                items.Add(record.Json(serialize));
            }
        }

        if (leaveOut && items.Count > 1)
        {
            items.RemoveAt(items.Count - 1);
        }

        return responses.ArrayAsync(context, items);
    }

    private static Task UpdatedAsync<T>(HttpContext context, RecordTable<T> table, FinumResponses responses, ActiveDefects defects)
        where T : class
    {
        var errors = new List<FinumFieldError>();
        var since = FinumQuery.Since(context.Request.Query["since"], errors);
        if (since is null)
        {
            return FinumProblems.BadRequestAsync(context, errors, aboutBody: false);
        }

        var from = defects.IsOn(FinumDefects.SinceIgnored) ? DateTimeOffset.MinValue : since.Value;
        return responses.IdsAsync(context, table.ChangedSince(from));
    }
}
