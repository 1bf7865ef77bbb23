namespace Conformance.Specs.Model;

/// <summary>An example written in the document together with the schema it must satisfy.</summary>
public sealed record SchemaExample(SpecExample Example, SpecSchema Schema);
