namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// How list operations page. An operation pages when it declares <see cref="LimitParameter"/>.
/// <see cref="Items"/> is the JSON pointer of the item array in an answer, unless
/// <see cref="ItemsByOperation"/> names another for that operation.
/// </summary>
public sealed record PaginationConvention
{
    public static PaginationConvention None { get; } = new() { Style = PaginationStyle.None };

    public required PaginationStyle Style { get; init; }

    public string Items { get; init; } = "/data";

    public IReadOnlyDictionary<string, string> ItemsByOperation { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Page size parameter (default <c>limit</c>).</summary>
    public string LimitParameter { get; init; } = "limit";

    /// <summary>Offset style: the number of items to skip (default <c>offset</c>).</summary>
    public string? OffsetParameter { get; init; }

    /// <summary>Cursor style: the parameter that takes the cursor (default <c>from</c>).</summary>
    public string? CursorParameter { get; init; }

    /// <summary>Cursor style: JSON pointer of the next cursor in an answer (default <c>/next</c>); absent on the last page.</summary>
    public string? NextMember { get; init; }

    public string ItemsOf(string operationId) => ItemsByOperation.GetValueOrDefault(operationId) ?? Items;

    /// <summary>True when the operation takes the page size parameter.</summary>
    public bool Pages(SpecOperation operation) =>
        Style != PaginationStyle.None && operation.Parameters.Any(p => p.In == ParameterLocation.Query && p.Name == LimitParameter);
}
