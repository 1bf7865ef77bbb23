using System.Text.Json.Nodes;

namespace Conformance.Specs.Loading;

/// <summary>The JSON tree of a document's text with node positions, or the reason it could not be read.</summary>
internal sealed record ParsedSource(JsonNode? Root, SourcePositions Positions, SpecDiagnostic? Error)
{
    /// <summary>True when the text holds no document at all (only whitespace or comments).</summary>
    public bool IsEmpty { get; init; }

    public static ParsedSource Failed(SpecDiagnostic error) => new(null, SourcePositions.Empty, error);
}
