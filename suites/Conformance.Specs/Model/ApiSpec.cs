using System.Text.Json.Nodes;
using Conformance.Specs.Validation;

namespace Conformance.Specs.Model;

/// <summary>
/// Read-only view of one loaded OpenAPI document. Operations are ordered by path template, then by
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

    /// <summary>Top-level <c>webhooks</c>, in document order.</summary>
    public required IReadOnlyList<SpecWebhook> Webhooks { get; init; }

    /// <summary>The whole document as JSON (a private copy; mutating it changes nothing here).</summary>
    public required JsonObject Document { get; init; }

    /// <summary>Validates JSON against schemas of this document.</summary>
    public required ISchemaValidator Validator { get; init; }

    public SpecOperation? FindOperation(string operationId) => throw new NotImplementedException();

    /// <summary>Finds by method and path template exactly as written in the spec (e.g. <c>/file/{fileId}/download</c>).</summary>
    public SpecOperation? FindOperation(string method, string pathTemplate) => throw new NotImplementedException();

    /// <summary>
    /// Matches a concrete request path to an operation. <paramref name="path"/> may include the
    /// base path or not, and must not include the query string. Literal segments win over
    /// templated ones. Returns null when no path matches; <see cref="OperationMatch.Operation"/>
    /// is null when the path matches but the method is not documented.
    /// </summary>
    public OperationMatch? MatchRequest(string method, string path) => throw new NotImplementedException();

    /// <summary>Resolves a schema by JSON pointer, e.g. <c>#/components/schemas/Contract</c> or <c>/components/schemas/Contract</c>.</summary>
    public SpecSchema? FindSchema(string pointer) => throw new NotImplementedException();
}
