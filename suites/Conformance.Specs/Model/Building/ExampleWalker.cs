using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Model.Building;

/// <summary>The document walk behind <see cref="ExampleCatalog"/>.</summary>
internal sealed class ExampleWalker(JsonObject root)
{
    private static readonly HashSet<string> SubSchemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
    private static readonly HashSet<string> SubSchemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];
    private static readonly HashSet<string> SubSchemas = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems"];

    private readonly BuildContext context = new(new RefResolver(root), new DiagnosticSink(string.Empty, null, SourcePositions.Empty), []);
    private readonly HashSet<(string, string)> seen = [];
    private readonly HashSet<string> visitedSchemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> visitedOwners = new(StringComparer.Ordinal);

    public List<SchemaExample> Results { get; } = [];

    public void Run()
    {
        foreach (var (path, item) in root.Object("paths") ?? [])
        {
            PathItem(item, JsonPointer.Append("/paths", path));
        }

        foreach (var (name, item) in root.Object("webhooks") ?? [])
        {
            PathItem(item, JsonPointer.Append("/webhooks", name));
        }

        var components = root.Object("components");
        foreach (var (name, item) in components?.ObjectMembers("pathItems") ?? [])
        {
            PathItem(item, JsonPointer.Append("/components/pathItems", name));
        }

        foreach (var (name, callback) in components?.ObjectMembers("callbacks") ?? [])
        {
            Callback(callback, JsonPointer.Append("/components/callbacks", name));
        }

        Each(components, "parameters", "/components/parameters", ParameterOrHeader);
        Each(components, "headers", "/components/headers", ParameterOrHeader);
        Each(components, "requestBodies", "/components/requestBodies", ContentOwner);
        Each(components, "responses", "/components/responses", Response);
        foreach (var (name, schema) in components?.Object("schemas") ?? [])
        {
            Schema(schema, JsonPointer.Append("/components/schemas", name), 0);
        }
    }

    private static void Each(JsonObject? owner, string member, string pointer, Action<JsonNode?, string> visit)
    {
        foreach (var (name, node) in owner?.Object(member) ?? [])
        {
            visit(node, JsonPointer.Append(pointer, name));
        }
    }

    private void PathItem(JsonNode? node, string pointer)
    {
        var (item, itemPointer) = context.Resolver.Resolve(node, pointer);
        if (item is null || !visitedOwners.Add(itemPointer))
        {
            return;
        }

        List(item, "parameters", itemPointer, ParameterOrHeader);
        foreach (var method in HttpMethods.Ordered)
        {
            if (item.Object(method) is not { } operation)
            {
                continue;
            }

            var operationPointer = JsonPointer.Append(itemPointer, method);
            List(operation, "parameters", operationPointer, ParameterOrHeader);
            if (operation.TryGetPropertyValue("requestBody", out var body))
            {
                ContentOwner(body, JsonPointer.Append(operationPointer, "requestBody"));
            }

            Each(operation, "responses", JsonPointer.Append(operationPointer, "responses"), Response);
            foreach (var (name, callback) in operation.Object("callbacks") ?? [])
            {
                Callback(callback, JsonPointer.Append(operationPointer, "callbacks", name));
            }
        }
    }

    private void Callback(JsonNode? node, string pointer)
    {
        var (callback, callbackPointer) = context.Resolver.Resolve(node, pointer);
        foreach (var (expression, item) in callback ?? [])
        {
            if (!expression.StartsWith("x-", StringComparison.Ordinal))
            {
                PathItem(item, JsonPointer.Append(callbackPointer, expression));
            }
        }
    }

    private static void List(JsonObject owner, string member, string pointer, Action<JsonNode?, string> visit)
    {
        var list = owner.Array(member) ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            visit(list[i], JsonPointer.Append(JsonPointer.Append(pointer, member), i));
        }
    }

    private void Response(JsonNode? node, string pointer)
    {
        var (response, responsePointer) = context.Resolver.Resolve(node, pointer);
        if (response is not null)
        {
            Each(response, "headers", JsonPointer.Append(responsePointer, "headers"), ParameterOrHeader);
            ContentOwner(response, responsePointer);
        }
    }

    private void ContentOwner(JsonNode? node, string pointer)
    {
        var (owner, ownerPointer) = context.Resolver.Resolve(node, pointer);
        if (owner is not null && visitedOwners.Add(ownerPointer))
        {
            Media(owner, ownerPointer);
        }
    }

    private void Media(JsonObject owner, string ownerPointer)
    {
        foreach (var media in ContentBuilder.Content(context, owner, ownerPointer).Values)
        {
            var mediaNode = owner.Object("content")?.Object(media.MediaType);
            var mediaPointer = JsonPointer.Append(ownerPointer, "content", media.MediaType);
            if (mediaNode?.TryGetPropertyValue("schema", out var schema) == true)
            {
                Schema(schema, JsonPointer.Append(mediaPointer, "schema"), 0);
            }

            Pair(media.Examples, media.Schema);
        }
    }

    private void ParameterOrHeader(JsonNode? node, string pointer)
    {
        var (owner, ownerPointer) = context.Resolver.Resolve(node, pointer);
        if (owner is null || !visitedOwners.Add(ownerPointer))
        {
            return;
        }

        if (owner.TryGetPropertyValue("schema", out var schema))
        {
            Schema(schema, JsonPointer.Append(ownerPointer, "schema"), 0);
        }

        Pair(ContentBuilder.Examples(context, owner, ownerPointer), ContentBuilder.SchemaOrContentSchema(context, owner, ownerPointer));
        Media(owner, ownerPointer);
    }

    private void Schema(JsonNode? node, string pointer, int depth)
    {
        if (node is not JsonObject schema || schema.ContainsKey("$ref") && schema.Count == 1 || depth > ParseLimits.MaxDepth || !visitedSchemas.Add(pointer))
        {
            return;
        }

        var self = new SpecSchema(pointer, schema);
        if (schema.TryGetPropertyValue("example", out var example))
        {
            Pair([new SpecExample("example", example?.DeepClone(), JsonPointer.Append(pointer, "example"))], self);
        }

        if (schema.Array("examples") is { } examples)
        {
            Pair([.. examples.Select((e, i) => new SpecExample($"examples[{i}]", e?.DeepClone(), JsonPointer.Append(JsonPointer.Append(pointer, "examples"), i)))], self);
        }

        foreach (var (key, child) in schema)
        {
            var childPointer = JsonPointer.Append(pointer, key);
            if (SubSchemas.Contains(key))
            {
                Schema(child, childPointer, depth + 1);
            }
            else if (SubSchemaMaps.Contains(key) && child is JsonObject map)
            {
                foreach (var (name, sub) in map)
                {
                    Schema(sub, JsonPointer.Append(childPointer, name), depth + 1);
                }
            }
            else if (SubSchemaLists.Contains(key) && child is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    Schema(list[i], JsonPointer.Append(childPointer, i), depth + 1);
                }
            }
        }
    }

    private void Pair(IEnumerable<SpecExample> examples, SpecSchema? schema)
    {
        if (schema is null)
        {
            return;
        }

        foreach (var example in examples)
        {
            if (seen.Add((example.Pointer, schema.Pointer)))
            {
                Results.Add(new SchemaExample(example, schema));
            }
        }
    }
}
