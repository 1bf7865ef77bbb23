using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Operation and response lookups that the engine, the loader and the checks share, over the
/// spec layer's one index (<see cref="ApiSpec.FindOperation(string)"/>: path, webhook and callback
/// operations). Outbound steps call path operations; awaiting steps wait for inbound ones
/// (callbacks to a per-run URL, webhooks to the receiver's fixed URL).
/// </summary>
public static class SpecLookup
{
    /// <summary>A path operation (one the runner calls) by operationId.</summary>
    public static SpecOperation? FindOperation(ApiSpec spec, string operationId) =>
        spec.FindOperation(operationId) is { } found && spec.Operations.Contains(found) ? found : null;

    /// <summary>A request the provider sends (a callback or a webhook operation) by operationId.</summary>
    public static InboundOperation? FindInbound(ApiSpec spec, string operationId)
    {
        if (spec.FindOperation(operationId) is not { } found || spec.Operations.Contains(found))
        {
            return null;
        }

        if (spec.Webhooks.FirstOrDefault(w => w.Operations.Contains(found)) is { } webhook)
        {
            return new InboundOperation(found, null, webhook);
        }

        var owner = spec.EnumerateAllOperations().FirstOrDefault(o => o.Callbacks.Any(c => c.Operations.Contains(found)));
        return owner is null ? null : new InboundOperation(found, owner, null);
    }

    /// <summary>A callback operation by operationId, with the operation that declares the callback (webhooks are not callbacks).</summary>
    public static (SpecOperation Callback, SpecOperation Owner)? FindCallbackOperation(ApiSpec spec, string operationId) =>
        FindInbound(spec, operationId) is { Owner: { } owner } inbound ? (inbound.Operation, owner) : null;

    /// <summary>An operation by its JSON pointer in the document, e.g. <c>/paths/~1contract-list/get</c> or <c>/webhooks/agencyChanged/post</c>.</summary>
    public static SpecOperation? FindByPointer(ApiSpec spec, string pointer) =>
        spec.EnumerateAllOperations().FirstOrDefault(o => string.Equals(o.Pointer, pointer, StringComparison.Ordinal));

    /// <summary>The documented response for a status: exact code, then <c>NXX</c>, then <c>default</c> (OpenAPI 3.1 §4.8.16).</summary>
    public static SpecResponse? FindResponse(SpecOperation operation, int statusCode)
    {
        var code = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(code, out var exact))
        {
            return exact;
        }

        var range = $"{statusCode / 100}XX";
        foreach (var (key, response) in operation.Responses)
        {
            if (string.Equals(key, range, StringComparison.OrdinalIgnoreCase))
            {
                return response;
            }
        }

        return operation.Responses.TryGetValue("default", out var fallback) ? fallback : null;
    }

    /// <summary>Resolves an Arazzo <c>operationPath</c> (<c>{$sourceDescriptions.x.url}#/paths/~1a/get</c>) to a pointer.</summary>
    public static string? OperationPathPointer(string operationPath)
    {
        var hash = operationPath.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? null : Uri.UnescapeDataString(operationPath[(hash + 1)..]);
    }
}
