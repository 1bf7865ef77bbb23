using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// A schema built for evaluation, or why it could not be built (<see cref="Schema"/> is then null);
/// <see cref="Fast"/> answers valid instances quickly when the schema stays within its subset.
/// </summary>
internal sealed record BuiltSchema(JsonSchema? Schema, string? Error, FastValidity? Fast = null);
