using System.Text.Json.Nodes;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Model.Building;

/// <summary>Reads <c>x-conformance.pagination</c>; parameter names default to <c>limit</c>, <c>offset</c>, <c>from</c> and <c>/next</c>.</summary>
internal static class PaginationBuilder
{
    public static PaginationConvention Build(ConventionsReader reader, JsonObject conventions, string root, IReadOnlyList<SpecOperation> operations)
    {
        var at = root + "/pagination";
        if (reader.Object(conventions, root, "pagination", ConventionsVocabulary.Pagination) is not { } paging)
        {
            return PaginationConvention.None;
        }

        var style = reader.String(paging, at, "style") switch
        {
            null or "none" => PaginationStyle.None,
            "cursor" => PaginationStyle.Cursor,
            "offset" => PaginationStyle.Offset,
            var other => Unknown(reader, at, other),
        };
        if (style == PaginationStyle.None)
        {
            return PaginationConvention.None;
        }

        var byOperation = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Object(paging, at, "itemsByOperation") is { } items)
        {
            foreach (var (operationId, _) in items)
            {
                if (reader.KnownOperation(operationId, $"{at}/itemsByOperation/{operationId}", operations)
                    && reader.Pointer(items, at + "/itemsByOperation", operationId) is { } pointer)
                {
                    byOperation[operationId] = pointer;
                }
            }
        }

        var limit = reader.String(paging, at, "limit") ?? "limit";
        if (!operations.Any(o => o.Parameters.Any(p => p.In == ParameterLocation.Query && p.Name == limit)))
        {
            reader.Error($"no operation takes the page size query parameter '{limit}'", at);
        }

        return new PaginationConvention
        {
            Style = style,
            Items = reader.Pointer(paging, at, "items") ?? "/data",
            ItemsByOperation = byOperation,
            LimitParameter = limit,
            OffsetParameter = style == PaginationStyle.Offset ? reader.String(paging, at, "offset") ?? "offset" : null,
            CursorParameter = style == PaginationStyle.Cursor ? reader.String(paging, at, "cursor") ?? "from" : null,
            NextMember = style == PaginationStyle.Cursor ? reader.Pointer(paging, at, "next") ?? "/next" : null,
        };
    }

    private static PaginationStyle Unknown(ConventionsReader reader, string at, string style)
    {
        reader.Error($"'style' must be none, cursor or offset (got '{style}')", at + "/style");
        return PaginationStyle.None;
    }
}
