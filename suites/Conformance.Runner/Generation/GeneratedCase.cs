using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// One request generated from the spec. <see cref="Parameters"/> are values by parameter name
/// (serialised as the operation declares); <see cref="IdParameters"/> names those that need a
/// real id discovered at run time. <see cref="Operation"/> is null for undocumented methods.
/// </summary>
public sealed record GeneratedCase
{
    public required string CaseId { get; init; }
    public required string Kind { get; init; }
    public required string OperationId { get; init; }
    public required string Description { get; init; }
    public required string Method { get; init; }
    public required string PathTemplate { get; init; }
    public SpecOperation? Operation { get; init; }
    public IReadOnlyDictionary<string, JsonNode?> Parameters { get; init; } = new Dictionary<string, JsonNode?>();
    public IReadOnlyList<string> IdParameters { get; init; } = [];
    public JsonNode? Body { get; init; }
    public bool HasBody { get; init; }

    /// <summary>Raw body text sent instead of <see cref="Body"/> (e.g. not JSON at all).</summary>
    public string? RawBody { get; init; }

    public string? ContentType { get; init; }
    public AuthMode Auth { get; init; } = AuthMode.Default;

    /// <summary>Set when the case cannot be built for this spec; the case is reported as omitted.</summary>
    public string? OmittedReason { get; init; }
}
