using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>A schema built for evaluation, or why it could not be built (<see cref="Schema"/> is then null).</summary>
internal sealed record BuiltSchema(JsonSchema? Schema, string? Error);
