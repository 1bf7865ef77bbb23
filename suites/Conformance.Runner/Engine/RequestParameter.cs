using System.Text.Json.Nodes;

namespace Conformance.Runner.Engine;

/// <summary>
/// One parameter value. <see cref="In"/> is <c>path</c>, <c>query</c>, <c>header</c> or
/// <c>cookie</c>; null takes the declared parameter's location (query when undeclared).
/// </summary>
public sealed record RequestParameter(string Name, string? In, JsonNode? Value);
