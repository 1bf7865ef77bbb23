using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Validation;

/// <summary>Conversions from the spec layer's <see cref="JsonNode"/> trees to the elements the validator reads.</summary>
internal static class JsonElements
{
    /// <summary>
    /// Instances are read strictly: no comments or trailing commas, and a duplicate member name is an
    /// error (RFC 8259 §4 leaves its meaning open, so the body cannot be judged).
    /// </summary>
    public static JsonDocumentOptions Strict { get; } = new() { MaxDepth = ParseLimits.MaxDepth, AllowDuplicateProperties = false };

    /// <summary>An independent element (no document to dispose) holding <paramref name="node"/>.</summary>
    public static JsonElement From(JsonNode? node)
    {
        using var document = Parse(node);
        return document.RootElement.Clone();
    }

    /// <summary>A document holding <paramref name="node"/>; throws <see cref="JsonException"/> for duplicate members.</summary>
    public static JsonDocument Parse(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = ParseLimits.MaxDepth + 1, SkipValidation = true }))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return JsonDocument.Parse(buffer.WrittenMemory, Strict);
    }
}
