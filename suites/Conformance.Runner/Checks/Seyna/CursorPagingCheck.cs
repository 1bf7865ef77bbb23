using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// The one-way cursor: a page with <c>next</c> is never empty; the page a cursor leads to is never
/// empty either (objects are never deleted, so <c>next</c> promised more items); and along one
/// traversal (each request's <c>from</c> the <c>next</c> of the page before, in this run) no item is
/// served twice and every page continues the sort order (collections by <c>id</c>; versions by
/// timestamp, id, version; <c>desc</c> reversed).
/// </summary>
public sealed class CursorPagingCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_cursor_paging";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "Cursor pages: next exactly when more items follow, each item once, in order";
    public string SpecReference => "Seyna contract: lists and paging (next present if and only if more items follow; keyset cursor)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 200 } && context.Operation?.Parameters.Any(p => p.Name == "from") == true
        && context.Json is JsonObject body && body["data"] is JsonArray;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var data = (JsonArray)context.Json!["data"]!;
        var from = PaginationConformanceCheck.QueryValue(context.Exchange.Request.Url, "from");
        if (context.Json["next"] is not null && data.Count == 0)
        {
            yield return this.Fail("the page is empty but carries next", instancePointer: "/next");
        }

        if (!string.IsNullOrEmpty(from) && data.Count == 0)
        {
            yield return this.Fail("the page after a cursor is empty: the previous page's next promised more items (next must be absent on the last page)", instancePointer: "/data");
        }

        if (string.IsNullOrEmpty(from) || Previous(context, from) is not { } chain)
        {
            yield break;
        }

        var served = chain.SelectMany(Items).Select(Key).ToHashSet(StringComparer.Ordinal);
        var items = data.OfType<JsonObject>().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (!served.Add(Key(items[i])))
            {
                yield return this.Fail($"item {Key(items[i])} was already served on an earlier page of this traversal", instancePointer: $"/data/{i}");
            }
        }

        var descending = PaginationConformanceCheck.QueryValue(context.Exchange.Request.Url, "sort") == "desc";
        var versions = context.Operation!.PathTemplate.EndsWith("-versions", StringComparison.Ordinal) || context.Operation.PathTemplate.EndsWith("-events", StringComparison.Ordinal);
        if (Items(chain[^1]).LastOrDefault() is { } last && items.Count > 0 && Compare(items[0], last, versions) is var order && (descending ? order >= 0 : order <= 0))
        {
            yield return this.Fail($"the page starts at {Key(items[0])}, which does not follow the previous page's last item {Key(last)} in {(descending ? "desc" : "asc")} order", instancePointer: "/data/0");
        }
    }

    /// <summary>The earlier pages of this traversal, first page first; null when the cursor was not issued in this run.</summary>
    private static List<ExchangeContext>? Previous(ExchangeContext context, string from)
    {
        var path = new Uri(context.Exchange.Request.Url).AbsolutePath;
        var chain = new List<ExchangeContext>();
        var cursor = from;
        for (var i = context.Earlier.Count - 1; i >= 0 && !string.IsNullOrEmpty(cursor); i--)
        {
            var earlier = context.Earlier[i];
            if (earlier.Response is { StatusCode: 200 } && earlier.Json is JsonObject page && SeynaAnswers.Text(page, "next") == cursor
                && Uri.TryCreate(earlier.Exchange.Request.Url, UriKind.Absolute, out var uri) && uri.AbsolutePath == path)
            {
                chain.Insert(0, earlier);
                cursor = PaginationConformanceCheck.QueryValue(earlier.Exchange.Request.Url, "from");
            }
        }

        return chain.Count == 0 ? null : chain;
    }

    private static IEnumerable<JsonObject> Items(ExchangeContext page) => (page.Json?["data"] as JsonArray)?.OfType<JsonObject>() ?? [];

    private static string Key(JsonObject item) => $"{SeynaAnswers.Text(item, "id")}#{SeynaAnswers.Number(item, "version")}";

    private static int Compare(JsonObject a, JsonObject b, bool versions)
    {
        if (versions && SeynaAnswers.Instant(a, "timestamp") is { } ta && SeynaAnswers.Instant(b, "timestamp") is { } tb && ta != tb)
        {
            return ta.CompareTo(tb);
        }

        var byId = string.CompareOrdinal(SeynaAnswers.Text(a, "id"), SeynaAnswers.Text(b, "id"));
        return byId != 0 || !versions ? byId : (SeynaAnswers.Number(a, "version") ?? 0).CompareTo(SeynaAnswers.Number(b, "version") ?? 0);
    }
}
