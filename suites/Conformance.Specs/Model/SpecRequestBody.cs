namespace Conformance.Specs.Model;

public sealed record SpecRequestBody(bool Required, IReadOnlyDictionary<string, SpecMediaType> Content, string? Description);
