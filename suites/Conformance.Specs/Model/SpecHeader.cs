namespace Conformance.Specs.Model;

public sealed record SpecHeader(string Name, bool Required, SpecSchema? Schema, string? Description);
