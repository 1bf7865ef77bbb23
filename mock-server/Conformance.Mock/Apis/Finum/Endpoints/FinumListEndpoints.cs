using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Apis.Finum.Validation;
using Conformance.Mock.Defects;
using Conformance.Mock.Http;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Conformance.Mock.Apis.Finum.Auth;

namespace Conformance.Mock.Apis.Finum.Endpoints;

/// <summary>The read side: <c>*-list</c> by ids (and contracts by holder) and <c>*-id-list-updated</c>.</summary>
public static class FinumListEndpoints
{
    public static void MapFinumLists(this RouteGroupBuilder group)
    {
        group.MapGet("/contract-list", FinumAuthGate.Protect(c => ListContractsAsync(c, S<FinumStore>(c), S<FinumSerializer>(c), S<FinumResponses>(c), S<ActiveDefects>(c), S<FinumRuntime>(c).Answers)));
        group.MapGet("/client-list", FinumAuthGate.Protect(c => ServeIdListAsync(c, S<FinumStore>(c).Clients, FinumSerializer.Client, S<FinumResponses>(c), S<ActiveDefects>(c), S<FinumRuntime>(c).Answers)));
        group.MapGet("/product-list", FinumAuthGate.Protect(c => ServeIdListAsync(c, S<FinumStore>(c).Products, FinumSerializer.Product, S<FinumResponses>(c), S<ActiveDefects>(c), S<FinumRuntime>(c).Answers)));
        group.MapGet("/user-list", FinumAuthGate.Protect(c => ServeIdListAsync(c, S<FinumStore>(c).Users, FinumSerializer.User, S<FinumResponses>(c), S<ActiveDefects>(c), S<FinumRuntime>(c).Answers)));
        group.MapGet("/file-list", FinumAuthGate.Protect(c => ServeIdListAsync(c, S<FinumStore>(c).Files, FinumSerializer.File, S<FinumResponses>(c), S<ActiveDefects>(c), S<FinumRuntime>(c).Answers)));
        group.MapGet("/contract-id-list-updated", FinumAuthGate.Protect(c => UpdatedAsync(c, S<FinumStore>(c).Contracts, S<FinumResponses>(c), S<ActiveDefects>(c))));
        group.MapGet("/client-id-list-updated", FinumAuthGate.Protect(c => UpdatedAsync(c, S<FinumStore>(c).Clients, S<FinumResponses>(c), S<ActiveDefects>(c))));
        group.MapGet("/product-id-list-updated", FinumAuthGate.Protect(c => UpdatedAsync(c, S<FinumStore>(c).Products, S<FinumResponses>(c), S<ActiveDefects>(c))));
        group.MapGet("/user-id-list-updated", FinumAuthGate.Protect(c => UpdatedAsync(c, S<FinumStore>(c).Users, S<FinumResponses>(c), S<ActiveDefects>(c))));
        group.MapGet("/file-id-list-updated", FinumAuthGate.Protect(c => UpdatedAsync(c, S<FinumStore>(c).Files, S<FinumResponses>(c), S<ActiveDefects>(c))));
    }

    private static T S<T>(HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();

    /// <summary>Exactly one of <c>id-list</c> and <c>holder-id</c>; holder results in id order.</summary>
    private static Task ListContractsAsync(HttpContext context, FinumStore store, FinumSerializer serializer, FinumResponses responses, ActiveDefects defects, RenderedAnswerCache answers)
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

        if (!hasHolder)
        {
            return ServeIdListAsync(context, store.Contracts, serializer.Contract, responses, defects, answers);
        }

        // Never from the rendered answers: the holder index is not part of the table's revision.
        var holder = FinumQuery.SingleId(query["holder-id"], errors, "holder-id");
        return holder is null
            ? FinumProblems.BadRequestAsync(context, errors, aboutBody: false)
            : responses.ArrayAsync(context, Items(store.Contracts, store.ContractIdsOfHolder(holder), serializer.Contract, leaveOut: false));
    }

    /// <summary>
    /// A read by <c>id-list</c>: its answer depends only on the table's records and the request's path
    /// and query, so it is answered from the rendered answers when the same path and query were read at
    /// the table's current revision; asked for the second time at one revision, it is rendered once and
    /// kept, otherwise streamed.
    /// </summary>
    private static Task ServeIdListAsync<T>(HttpContext context, RecordTable<T> table, Func<T, byte[]> serialize, FinumResponses responses, ActiveDefects defects, RenderedAnswerCache answers)
        where T : class
    {
        var revision = table.Revision;
        var key = string.Concat(context.Request.Path.Value, context.Request.QueryString.Value);
        if (answers.Find(key, revision) is { } cached)
        {
            return cached.WriteAsync(context);
        }

        var errors = new List<FinumFieldError>();
        var requested = FinumQuery.IdList(context.Request.Query["id-list"], errors);
        if (requested is null)
        {
            return FinumProblems.BadRequestAsync(context, errors, aboutBody: false);
        }

        var items = Items(table, requested, serialize, defects.IsOn(FinumDefects.IdsLeftOut));
        if (!answers.Wants(key, revision))
        {
            return responses.ArrayAsync(context, items);
        }

        var answer = responses.RenderArray(revision, items);
        answers.Keep(key, answer);
        return answer.WriteAsync(context);
    }

    /// <summary>The serialised records of the known ids in request order; unknown ones are left out.</summary>
    private static List<byte[]> Items<T>(RecordTable<T> table, IReadOnlyList<string> ids, Func<T, byte[]> serialize, bool leaveOut)
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

        return items;
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
