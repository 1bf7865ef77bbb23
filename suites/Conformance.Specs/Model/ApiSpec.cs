using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model.Building;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Model;

/// <summary>
/// Read-only view of one loaded OpenAPI document. Operations are ordered by path template (ordinal
/// string order, so <c>/contract</c> precedes <c>/contract/search</c> and <c>/contract/{id}</c>), then by
/// method (GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE), so iteration order is stable.
/// </summary>
public sealed class ApiSpec
{
    public required string Title { get; init; }
    public required string Version { get; init; }
    public required string OpenApiVersion { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<SpecServer> Servers { get; init; }

    /// <summary>Path of the first server URL (e.g. <c>/finum/v1</c>), or empty when there is none.</summary>
    public required string BasePath { get; init; }

    public required IReadOnlyList<SpecOperation> Operations { get; init; }
    public required IReadOnlyDictionary<string, SpecSecurityScheme> SecuritySchemes { get; init; }

    /// <summary>The API's declared conventions (root <c>x-conformance</c>), or the defaults.</summary>
    public Conventions.ApiConventions Conventions { get; init; } = Model.Conventions.ApiConventions.Default;

    /// <summary>Top-level <c>webhooks</c>, in document order.</summary>
    public required IReadOnlyList<SpecWebhook> Webhooks { get; init; }

    /// <summary>The whole document as JSON (a private copy; mutating it changes nothing here).</summary>
    public required JsonObject Document { get; init; }

    /// <summary>
    /// The tree the view and the validator were built from, kept apart from <see cref="Document"/> so
    /// that a caller mutating <see cref="Document"/> changes nothing here. Null for a view built by hand.
    /// </summary>
    internal JsonObject? ViewDocument { get; init; }

    /// <summary>Validates JSON against schemas of this document.</summary>
    public required ISchemaValidator Validator { get; init; }

    private SpecIndex? index;

    /// <summary>
    /// Finds an operation by id among the path operations, then the webhook operations, then the
    /// callback operations (ids of callback operations without one are <c>{parentId}.{callback}.{METHOD} {expression}</c>).
    /// </summary>
    public SpecOperation? FindOperation(string operationId) =>
        Index.ById.TryGetValue(operationId, out var operation) ? operation : null;

    /// <summary>Finds by method and path template exactly as written in the spec (e.g. <c>/file/{fileId}/download</c>).</summary>
    public SpecOperation? FindOperation(string method, string pathTemplate) =>
        Index.ByRoute.TryGetValue((method.ToUpperInvariant(), pathTemplate), out var operation) ? operation : null;

    /// <summary>
    /// Matches a concrete request path to an operation. <paramref name="path"/> may include the
    /// base path or not, and must not include the query string. Literal segments win over
    /// templated ones. Returns null when no path matches; <see cref="OperationMatch.Operation"/>
    /// is null when the path matches but the method is not documented. The full rules (trailing
    /// slash tolerated, percent-decoding per segment) are on <see cref="PathMatcher"/>.
    /// </summary>
    public OperationMatch? MatchRequest(string method, string path) => Index.Matcher.Match(method, path);

    /// <summary>Resolves a schema by JSON pointer, e.g. <c>#/components/schemas/Contract</c> or <c>/components/schemas/Contract</c>.</summary>
    public SpecSchema? FindSchema(string pointer)
    {
        var normalized = JsonPointer.Normalize(pointer);
        return JsonPointer.TryResolve(ViewDocument ?? Document, normalized, out var node) && node is JsonObject or JsonValue
            ? new SpecSchema(normalized, node)
            : null;
    }

    /// <summary>Path operations (in <see cref="Operations"/> order), then webhook operations, then every callback operation.</summary>
    public IEnumerable<SpecOperation> EnumerateAllOperations()
    {
        var top = Operations.Concat(Webhooks.SelectMany(w => w.Operations)).ToList();
        return top.Concat(top.SelectMany(CallbackOperations));
    }

    private static IEnumerable<SpecOperation> CallbackOperations(SpecOperation operation) =>
        operation.Callbacks.SelectMany(c => c.Operations).SelectMany(o => CallbackOperations(o).Prepend(o));

    private SpecIndex Index => LazyInitializer.EnsureInitialized(ref index, () => new SpecIndex(this));

    /// <summary>Lookups built on first use, so a view constructed by hand (e.g. in tests) works too.</summary>
    private sealed class SpecIndex
    {
        public SpecIndex(ApiSpec spec)
        {
            foreach (var operation in spec.EnumerateAllOperations())
            {
                ById.TryAdd(operation.OperationId, operation);
            }

            foreach (var operation in spec.Operations)
            {
                ByRoute.TryAdd((operation.Method, operation.PathTemplate), operation);
            }

            Matcher = new PathMatcher(spec.Operations, spec.BasePath);
        }

        public Dictionary<string, SpecOperation> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Method, string Template), SpecOperation> ByRoute { get; } = [];

        public PathMatcher Matcher { get; }
    }
}
