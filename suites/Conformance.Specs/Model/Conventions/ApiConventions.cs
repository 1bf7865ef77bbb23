namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// The per-API rules declared once in the contract's root <c>x-conformance</c> object
/// (<c>docs/conventions.md</c>): how refusals look, the error body, request defaults, paging and
/// where generated cases find existing ids. A contract without the object gets <see cref="Default"/>.
/// </summary>
public sealed record ApiConventions
{
    /// <summary>Plain HTTP: bad input is any 4xx, bad credentials 401, nothing else declared.</summary>
    public static ApiConventions Default { get; } = new()
    {
        BadInput = new RefusalRule { Statuses = ["4XX"] },
        Credentials = new RefusalRule { Statuses = ["401"] },
        Scope = new RefusalRule { Statuses = ["401"] },
    };

    /// <summary>How a request with schema-violating parameters or body is refused.</summary>
    public required RefusalRule BadInput { get; init; }

    /// <summary>How a request with missing or wrong credentials is refused.</summary>
    public required RefusalRule Credentials { get; init; }

    /// <summary>How valid credentials lacking the operation's scope are refused (declared: <c>refusals.scope</c>; default: <see cref="Credentials"/>).</summary>
    public required RefusalRule Scope { get; init; }

    /// <summary>What every error answer must look like; null when the contract declares nothing.</summary>
    public ErrorBodyConvention? ErrorBody { get; init; }

    /// <summary>Headers sent with every request unless the request sets them itself, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    public PaginationConvention Pagination { get; init; } = PaginationConvention.None;

    /// <summary>Where generated cases get real ids, first matching rule wins.</summary>
    public IReadOnlyList<IdDiscoveryRule> IdDiscovery { get; init; } = [];

    /// <summary>True when the answer is a refusal by either rule (a success must be neither).</summary>
    public bool IsRefusal(int status, System.Text.Json.Nodes.JsonNode? body) =>
        BadInput.Matches(status, body) || Credentials.Matches(status, body) || Scope.Matches(status, body);
}
