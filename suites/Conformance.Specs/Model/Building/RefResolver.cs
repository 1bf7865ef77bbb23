using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>
/// Follows local <c>$ref</c>s (<c>#/components/...</c> or any pointer into the same document). Chains
/// are followed up to <see cref="MaxHops"/>; a cycle or a dangling reference resolves to nothing
/// (loading reports those separately).
/// </summary>
internal sealed class RefResolver(JsonObject root)
{
    public const int MaxHops = 32;

    public JsonObject Root { get; } = root;

    /// <summary>The object a node stands for, with the pointer where it is written.</summary>
    public (JsonObject? Node, string Pointer) Resolve(JsonNode? node, string pointer)
    {
        for (var hop = 0; hop <= MaxHops; hop++)
        {
            if (node is not JsonObject obj)
            {
                return (null, pointer);
            }

            if (obj.String("$ref") is not { } reference)
            {
                return (obj, pointer);
            }

            if (!reference.StartsWith('#'))
            {
                return (null, pointer);
            }

            pointer = JsonPointer.Normalize(reference);
            node = JsonPointer.Resolve(Root, pointer);
        }

        return (null, pointer);
    }
}
