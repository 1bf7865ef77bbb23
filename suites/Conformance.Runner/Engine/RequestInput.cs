using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Everything a request is built from, with expressions already evaluated. <see cref="Operation"/>
/// gives the path template, the declared parameters, the documented media types (for
/// <c>Accept</c>) and the security; <see cref="Method"/> overrides its method (an undocumented
/// method sent to a documented path). <see cref="Body"/> is the text sent as is.
/// </summary>
public sealed record RequestInput
{
    public required SpecOperation Operation { get; init; }
    public string? Method { get; init; }
    public IReadOnlyList<RequestParameter> Parameters { get; init; } = [];
    public AuthMode Auth { get; init; } = AuthMode.Default;
    public string? Body { get; init; }

    /// <summary>The body as JSON, for the request view of expressions (<c>$request.body</c>).</summary>
    public JsonNode? BodyJson { get; init; }

    public string? ContentType { get; init; }
}
