using System.Text.Json.Nodes;

namespace Conformance.Specs.Loading;

/// <summary>
/// One YAML document read as a JSON node tree, with the source line and column of every node, or the
/// diagnostic saying why it could not be read (then <see cref="Root"/> is null).
/// </summary>
public sealed class PositionedYamlDocument
{
    private readonly ParsedSource parsed;

    internal PositionedYamlDocument(ParsedSource parsed) => this.parsed = parsed;

    public JsonNode? Root => parsed.Root;

    /// <summary>Why the text could not be read (with line and column where known); null when it was read.</summary>
    public SpecDiagnostic? Error => parsed.Error;

    /// <summary>Where <paramref name="node"/> starts in the source; null for nodes not of this document (or JSON nulls).</summary>
    public SourcePosition? PositionOf(JsonNode? node) => parsed.Positions.Of(node);

    /// <summary>The position of the deepest existing node along a JSON pointer (e.g. <c>/counts/contract</c>).</summary>
    public SourcePosition? Locate(string pointer) => parsed.Positions.Locate(parsed.Root, pointer);
}
