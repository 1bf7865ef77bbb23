using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Loading;

/// <summary>
/// Where each node of a parsed document starts in its source text. Nodes are keyed by reference, so
/// recording costs no pointer strings; a pointer is located by walking it from the root. JSON nulls
/// are not nodes, so they are located at their parent.
/// </summary>
internal sealed class SourcePositions
{
    private readonly Dictionary<JsonNode, SourcePosition> positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JsonNode, Dictionary<string, MemberPosition>> members = new(ReferenceEqualityComparer.Instance);

    public static SourcePositions Empty { get; } = new();

    public void Record(JsonNode? node, SourcePosition position)
    {
        if (node is not null)
        {
            positions[node] = position;
        }
    }

    /// <summary>Records where a member's key (for an array item: the item) and its value are written; <paramref name="name"/> is the index for an array.</summary>
    public void RecordMember(JsonNode parent, string name, SourcePosition key, SourcePosition value)
    {
        if (!members.TryGetValue(parent, out var named))
        {
            named = new Dictionary<string, MemberPosition>(StringComparer.Ordinal);
            members[parent] = named;
        }

        named[name] = new MemberPosition(key, value);
    }

    /// <summary>Where a member of <paramref name="parent"/> is written, also when its value is a JSON null.</summary>
    public MemberPosition? MemberOf(JsonNode? parent, string name) =>
        parent is not null && members.TryGetValue(parent, out var named) && named.TryGetValue(name, out var member) ? member : null;

    public SourcePosition? Of(JsonNode? node) =>
        node is not null && positions.TryGetValue(node, out var position) ? position : null;

    /// <summary>The position of the deepest existing node along <paramref name="pointer"/>.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="pointer">A JSON pointer into it.</param>
    /// <param name="nullMembers">Whether a member whose value is a JSON null is located where the null is written (rather than at its parent).</param>
    public SourcePosition? Locate(JsonNode? root, string pointer, bool nullMembers = false)
    {
        var node = root;
        var best = Of(root);
        foreach (var token in JsonPointer.Split(pointer))
        {
            var parent = node;
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
                JsonArray array when int.TryParse(token, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
            if (node is null)
            {
                var isMember = parent switch
                {
                    JsonObject obj => obj.ContainsKey(token),
                    JsonArray array => int.TryParse(token, out var i) && i >= 0 && i < array.Count,
                    _ => false,
                };
                return nullMembers && isMember ? MemberOf(parent, token)?.Value ?? best : best;
            }

            best = Of(node) ?? best;
        }

        return best;
    }
}
