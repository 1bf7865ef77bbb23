namespace Conformance.Specs.Model;

/// <summary>A documented response. <see cref="Content"/> is empty when the response has no body.</summary>
public sealed record SpecResponse(
    string StatusKey,
    string? Description,
    IReadOnlyDictionary<string, SpecMediaType> Content,
    IReadOnlyDictionary<string, SpecHeader> Headers);
