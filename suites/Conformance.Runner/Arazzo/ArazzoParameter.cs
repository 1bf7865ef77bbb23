using System.Text.Json.Nodes;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// A step parameter: <see cref="In"/> is <c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>
/// (null for workflow-step inputs or when the operation declares the location).
/// <see cref="Value"/> is a literal or an expression. <see cref="OmitIfUndefined"/>
/// (<c>x-conformance-omit-if-undefined: true</c>) leaves the parameter out instead of reporting a
/// value that has none, e.g. a paging cursor taken from the step's own previous visit.
/// </summary>
public sealed record ArazzoParameter(string Name, string? In, JsonNode? Value)
{
    public bool OmitIfUndefined { get; init; }
}
