using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Runner.Profiles.Yaml;

/// <summary>
/// A value of the profile with where it is written. A JSON null has no node of its own, so its
/// position travels with it; values copied by an alias are located at their nearest written parent.
/// </summary>
internal readonly record struct ProfileNode(JsonNode? Value, SourcePosition? At);
