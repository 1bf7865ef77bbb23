using NJsonSchema;

namespace Conformance.Specs.Validation;

/// <summary>
/// An NJsonSchema schema built for one document pointer, with the document pointer of every
/// schema object in it (so findings can name the schema that failed). <see cref="Error"/> is set
/// when the schema could not be built; <see cref="Schema"/> is then null.
/// </summary>
internal sealed record CompiledSchema(JsonSchema? Schema, IReadOnlyDictionary<JsonSchema, string> Pointers, string RootPointer, string? Error);
