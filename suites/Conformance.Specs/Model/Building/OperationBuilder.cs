using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>Builds the operations of one path item (of <c>paths</c>, a callback or a webhook).</summary>
internal static class OperationBuilder
{
    /// <summary>Where a path item sits; callbacks and webhooks do not inherit the document's security.</summary>
    public enum Origin
    {
        Paths,
        Webhook,
        Callback,
    }

    /// <summary>Operations of a path item in method order; <paramref name="template"/> is the key it is written under.</summary>
    public static IReadOnlyList<SpecOperation> FromPathItem(BuildContext context, JsonNode? node, string pointer, string template, Origin origin, string idPrefix = "")
    {
        var (pathItem, itemPointer) = context.Resolver.Resolve(node, pointer);
        if (pathItem is null)
        {
            return [];
        }

        var result = new List<SpecOperation>();
        foreach (var method in HttpMethods.Ordered)
        {
            if (pathItem.Object(method) is { } operation)
            {
                result.Add(Build(context, pathItem, itemPointer, operation, method, template, origin, idPrefix));
            }
        }

        return result;
    }

    private static SpecOperation Build(BuildContext context, JsonObject pathItem, string itemPointer, JsonObject operation, string method, string template, Origin origin, string idPrefix)
    {
        var pointer = JsonPointer.Append(itemPointer, method);
        var upper = method.ToUpperInvariant();
        var operationId = operation.String("operationId");
        if (operationId is null && origin != Origin.Callback)
        {
            context.Diagnostics.Warning($"Operation {upper} {template} has no operationId.", pointer);
        }

        var id = operationId ?? $"{idPrefix}{upper} {template}";
        return new SpecOperation
        {
            OperationId = id,
            Method = upper,
            PathTemplate = template,
            Summary = operation.String("summary"),
            Description = operation.String("description"),
            Tags = [.. (operation.Array("tags") ?? []).Select(t => t.AsString()).OfType<string>()],
            Parameters = ParameterBuilder.Merge(context, pathItem, itemPointer, operation, pointer),
            RequestBody = RequestBody(context, operation, pointer),
            Responses = Responses(context, operation, pointer),
            Security = operation.Array("security") is { } own
                ? SecurityBuilder.Requirements(own)
                : origin == Origin.Paths ? context.GlobalSecurity : [],
            Callbacks = Callbacks(context, operation, pointer, id),
            ServerUrl = FirstServerUrl(operation) ?? FirstServerUrl(pathItem),
            Pointer = pointer,
        };
    }

    private static string? FirstServerUrl(JsonObject owner) =>
        (owner.Array("servers") ?? []).OfType<JsonObject>().Select(s => s.String("url")).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));

    private static SpecRequestBody? RequestBody(BuildContext context, JsonObject operation, string pointer)
    {
        if (!operation.TryGetPropertyValue("requestBody", out var node))
        {
            return null;
        }

        var (body, bodyPointer) = context.Resolver.Resolve(node, JsonPointer.Append(pointer, "requestBody"));
        return body is null
            ? null
            : new SpecRequestBody(body.Bool("required") ?? false, ContentBuilder.Content(context, body, bodyPointer), body.String("description"));
    }

    private static Dictionary<string, SpecResponse> Responses(BuildContext context, JsonObject operation, string pointer)
    {
        var result = new Dictionary<string, SpecResponse>(StringComparer.OrdinalIgnoreCase);
        if (operation.Object("responses") is not { } responses)
        {
            return result;
        }

        foreach (var (status, node) in responses)
        {
            if (status.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var (response, responsePointer) = context.Resolver.Resolve(node, JsonPointer.Append(pointer, "responses", status));
            if (response is not null)
            {
                result[status] = new SpecResponse(
                    status,
                    response.String("description"),
                    ContentBuilder.Content(context, response, responsePointer),
                    ContentBuilder.Headers(context, response, responsePointer));
            }
        }

        return result;
    }

    private static List<SpecCallback> Callbacks(BuildContext context, JsonObject operation, string pointer, string operationId)
    {
        var result = new List<SpecCallback>();
        if (operation.Object("callbacks") is not { } callbacks)
        {
            return result;
        }

        foreach (var (name, node) in callbacks)
        {
            var (callback, callbackPointer) = context.Resolver.Resolve(node, JsonPointer.Append(pointer, "callbacks", name));
            if (callback is null)
            {
                continue;
            }

            foreach (var (expression, pathItem) in callback)
            {
                if (!expression.StartsWith("x-", StringComparison.Ordinal))
                {
                    var operations = FromPathItem(context, pathItem, JsonPointer.Append(callbackPointer, expression), expression, Origin.Callback, $"{operationId}.{name}.");
                    result.Add(new SpecCallback(name, expression, operations));
                }
            }
        }

        return result;
    }
}
