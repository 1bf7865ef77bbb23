namespace Conformance.Specs.Validation;

/// <summary>
/// One way an instance fails its schema. <see cref="InstancePointer"/> is a JSON pointer into the
/// instance (e.g. <c>/0/premium/amount</c>); <see cref="Keyword"/> is the failing JSON Schema keyword
/// (e.g. <c>required</c>, <c>type</c>); <see cref="SchemaPointer"/> locates the schema in the document.
/// </summary>
public sealed record SchemaFinding(string InstancePointer, string Keyword, string Message, string SchemaPointer);
