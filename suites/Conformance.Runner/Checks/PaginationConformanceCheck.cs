using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Checks;

/// <summary>
/// Where the contract declares paging (<c>x-conformance.pagination</c>), a page of a paging
/// operation never holds more items than the page size sent (or the parameter's documented
/// default), and a cursor API's next-cursor, when present, is a non-empty string.
/// </summary>
public sealed class PaginationConformanceCheck : IExchangeCheck
{
    public string Id => "pagination_conformance";
    public string Title => "Pages respect the page size and carry a usable cursor";
    public string SpecReference => "x-conformance pagination (docs/conventions.md)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is { StatusCode: >= 200 and < 300 }
        && context.Conventions.Pagination.Pages(context.Operation) && context.Json is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var paging = context.Conventions.Pagination;
        var operation = context.Operation!;
        var itemsPointer = paging.ItemsOf(operation.OperationId);
        if (JsonPointerPattern.Select(context.Json, itemsPointer).FirstOrDefault() is JsonArray items
            && PageSize(context, operation, paging.LimitParameter) is { } limit && items.Count > limit)
        {
            yield return this.Fail($"the page holds {items.Count} items at {itemsPointer}, more than the page size {limit}", operation.Pointer, itemsPointer);
        }

        if (paging.Style == PaginationStyle.Cursor && paging.NextMember is { } next
            && JsonPointerPattern.Matches(context.Json, next) is [var (_, cursor), ..]
            && !(JsonValues.TryGetString(cursor, out var text) && text.Length > 0))
        {
            yield return this.Fail($"'{next}' must be a non-empty cursor string to pass as '{paging.CursorParameter}', got {cursor?.ToJsonString() ?? "null"}", operation.Pointer, next);
        }
    }

    /// <summary>The page size sent in the query, else the parameter's documented default; null when neither is a number.</summary>
    private static int? PageSize(ExchangeContext context, SpecOperation operation, string name)
    {
        var sent = QueryValue(context.Exchange.Request.Url, name);
        if (sent is not null)
        {
            return int.TryParse(sent, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        var schema = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == name)?.Schema?.Node as JsonObject;
        return schema?["default"] is { } d && JsonValues.TryGetNumber(d, out var number) ? (int)number : null;
    }

    /// <summary>The first value of a query parameter, percent-decoded; null when absent.</summary>
    public static string? QueryValue(string url, string name)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? url[(q + 1)..] : string.Empty;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (key == name)
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }
}
