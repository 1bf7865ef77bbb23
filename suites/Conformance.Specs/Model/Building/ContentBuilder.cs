using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>Builds schemas, media types (with examples) and headers; every <c>$ref</c> is resolved.</summary>
internal static class ContentBuilder
{
    /// <summary>
    /// The schema written at <paramref name="pointer"/>; a pure <c>$ref</c> is followed so the schema is
    /// identified by where it is defined. Boolean schemas (3.1) are kept as they are.
    /// </summary>
    public static SpecSchema? Schema(BuildContext context, JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonValue value when value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                return new SpecSchema(pointer, value);
            case JsonObject obj when obj.String("$ref") is not null:
                var (target, targetPointer) = context.Resolver.Resolve(obj, pointer);
                return target is null ? null : new SpecSchema(targetPointer, target);
            case JsonObject obj:
                return new SpecSchema(pointer, obj);
            default:
                return null;
        }
    }

    public static IReadOnlyDictionary<string, SpecMediaType> Content(BuildContext context, JsonObject owner, string ownerPointer)
    {
        var result = new Dictionary<string, SpecMediaType>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mediaType, node) in owner.ObjectMembers("content"))
        {
            var pointer = JsonPointer.Append(ownerPointer, "content", mediaType);
            var schema = node.TryGetPropertyValue("schema", out var s) ? Schema(context, s, JsonPointer.Append(pointer, "schema")) : null;
            result[mediaType] = new SpecMediaType(mediaType, schema, Examples(context, node, pointer));
        }

        return result;
    }

    /// <summary>
    /// <c>example</c> (named "example") then each entry of <c>examples</c> that has an inline
    /// <c>value</c>; entries with only <c>externalValue</c> are left out (they cannot be read here).
    /// </summary>
    public static IReadOnlyList<SpecExample> Examples(BuildContext context, JsonObject owner, string ownerPointer)
    {
        var result = new List<SpecExample>();
        if (owner.TryGetPropertyValue("example", out var single))
        {
            result.Add(new SpecExample("example", single?.DeepClone(), JsonPointer.Append(ownerPointer, "example")));
        }

        if (owner.Object("examples") is { } examples)
        {
            foreach (var (name, node) in examples)
            {
                var (example, pointer) = context.Resolver.Resolve(node, JsonPointer.Append(ownerPointer, "examples", name));
                if (example is not null && example.TryGetPropertyValue("value", out var value))
                {
                    result.Add(new SpecExample(name, value?.DeepClone(), JsonPointer.Append(pointer, "value")));
                }
            }
        }

        return result;
    }

    public static IReadOnlyDictionary<string, SpecHeader> Headers(BuildContext context, JsonObject owner, string ownerPointer)
    {
        var result = new Dictionary<string, SpecHeader>(StringComparer.OrdinalIgnoreCase);
        if (owner.Object("headers") is not { } headers)
        {
            return result;
        }

        foreach (var (name, node) in headers)
        {
            var (header, pointer) = context.Resolver.Resolve(node, JsonPointer.Append(ownerPointer, "headers", name));
            if (header is not null)
            {
                result[name] = new SpecHeader(name, header.Bool("required") ?? false, SchemaOrContentSchema(context, header, pointer), header.String("description"));
            }
        }

        return result;
    }

    /// <summary>A parameter's or header's schema: its <c>schema</c>, else the schema of its single <c>content</c> entry.</summary>
    public static SpecSchema? SchemaOrContentSchema(BuildContext context, JsonObject owner, string ownerPointer)
    {
        if (owner.TryGetPropertyValue("schema", out var schema))
        {
            return Schema(context, schema, JsonPointer.Append(ownerPointer, "schema"));
        }

        return Content(context, owner, ownerPointer).Values.Select(m => m.Schema).FirstOrDefault(s => s is not null);
    }
}
