namespace Conformance.Cli.Commands;

/// <summary>The options of <c>conformance validate</c>, as given.</summary>
internal sealed record ValidateRequest(
    IReadOnlyList<string> Instances,
    string? Spec,
    string? Api,
    string? Schema,
    string? Operation,
    string? Status,
    string? MediaType,
    IReadOnlyList<string> RefMaps,
    bool Json);
