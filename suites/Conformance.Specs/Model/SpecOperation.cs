namespace Conformance.Specs.Model;

/// <summary>One operation: path item parameters are merged in (operation-level wins).</summary>
public sealed class SpecOperation
{
    public required string OperationId { get; init; }

    /// <summary>Upper-case HTTP method.</summary>
    public required string Method { get; init; }

    public required string PathTemplate { get; init; }
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<SpecParameter> Parameters { get; init; }
    public SpecRequestBody? RequestBody { get; init; }

    /// <summary>Responses by key as written: <c>200</c>, <c>4XX</c>, <c>default</c>.</summary>
    public required IReadOnlyDictionary<string, SpecResponse> Responses { get; init; }

    /// <summary>
    /// Effective security: the operation's own, else the document's. Each requirement lists scheme
    /// names that must all be satisfied; any one requirement suffices. Empty list = no auth; a list
    /// holding one empty requirement = auth optional.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<string>> Security { get; init; }

    public required IReadOnlyList<SpecCallback> Callbacks { get; init; }

    /// <summary>
    /// The operation's own server URL (the operation's <c>servers</c>, else its path item's), when it
    /// has one: requests go there instead of the API base URL. A relative reference (e.g.
    /// <c>/__admin/ledger</c>) is resolved against the API base URL, so it follows the provider.
    /// </summary>
    public string? ServerUrl { get; init; }

    /// <summary>JSON pointer of the operation object, e.g. <c>/paths/~1contract/post</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>The documented response for a status: exact code, then <c>NXX</c>, then <c>default</c>.</summary>
    public SpecResponse? FindResponse(int statusCode)
    {
        if (Responses.TryGetValue(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var exact))
        {
            return exact;
        }

        if (statusCode is >= 100 and <= 599 && Responses.TryGetValue($"{statusCode / 100}XX", out var range))
        {
            return range;
        }

        return Responses.TryGetValue("default", out var fallback) ? fallback : null;
    }
}
