using System.Globalization;
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

    /// <summary>True when the text holds no document at all (only whitespace or comments); <see cref="Error"/> then says so.</summary>
    public bool IsEmpty => parsed.IsEmpty;

    /// <summary>Where the key of <paramref name="parent"/>'s member <paramref name="name"/> is written; null when it is not of this document.</summary>
    public SourcePosition? PositionOfKey(JsonObject parent, string name) => parsed.Positions.MemberOf(parent, name)?.Key;

    /// <summary>
    /// Where the value of <paramref name="parent"/>'s member <paramref name="name"/> is written, also when it is
    /// a JSON null (which <see cref="PositionOf"/> cannot name). A member taken in by a merge key is at that key.
    /// </summary>
    public SourcePosition? PositionOfValue(JsonObject parent, string name) => parsed.Positions.MemberOf(parent, name)?.Value;

    /// <summary>Where item <paramref name="index"/> of <paramref name="parent"/> is written, also when it is a JSON null.</summary>
    public SourcePosition? PositionOfItem(JsonArray parent, int index) =>
        parsed.Positions.MemberOf(parent, index.ToString(CultureInfo.InvariantCulture))?.Value;

    /// <summary>The position of the deepest existing node along a JSON pointer (e.g. <c>/counts/contract</c>).</summary>
    public SourcePosition? Locate(string pointer) => parsed.Positions.Locate(parsed.Root, pointer);

    /// <summary>
    /// As <see cref="Locate"/>, except that a member whose value is a JSON null is located where that null is
    /// written (a missing member is still located at its nearest present parent).
    /// </summary>
    public SourcePosition? LocateValue(string pointer) => parsed.Positions.Locate(parsed.Root, pointer, nullMembers: true);
}
