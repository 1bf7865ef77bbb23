namespace Conformance.Specs.Model;

public sealed record SpecServer(string Url, string? Description);
