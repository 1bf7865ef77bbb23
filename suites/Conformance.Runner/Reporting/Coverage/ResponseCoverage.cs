namespace Conformance.Runner.Reporting.Coverage;

/// <summary>
/// One documented response of an operation, by its key as written (<c>200</c>, <c>4XX</c>,
/// <c>default</c>). <see cref="Reached"/>: some exchange of the run got (or, for a callback or
/// webhook, gave) a status that this response documents, by the spec's own precedence (exact code,
/// then range, then <c>default</c>).
/// </summary>
public sealed record ResponseCoverage
{
    public required string Status { get; init; }
    public required bool Reached { get; init; }
}
