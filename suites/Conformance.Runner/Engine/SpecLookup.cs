using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Operation and response lookups over the read-only spec model that the engine, the loader and
/// the checks share (callback operations included).
/// </summary>
public static class SpecLookup
{
    public static SpecOperation? FindOperation(ApiSpec spec, string operationId) =>
        spec.Operations.FirstOrDefault(o => o.OperationId == operationId);

    /// <summary>A callback operation by operationId, with the operation that declares the callback.</summary>
    public static (SpecOperation Callback, SpecOperation Owner)? FindCallbackOperation(ApiSpec spec, string operationId)
    {
        foreach (var owner in spec.Operations)
        {
            foreach (var callback in owner.Callbacks)
            {
                if (callback.Operations.FirstOrDefault(o => o.OperationId == operationId) is { } found)
                {
                    return (found, owner);
                }
            }
        }

        return null;
    }

    /// <summary>An operation by its JSON pointer in the document, e.g. <c>/paths/~1contract-list/get</c>.</summary>
    public static SpecOperation? FindByPointer(ApiSpec spec, string pointer) =>
        spec.Operations.FirstOrDefault(o => string.Equals(o.Pointer, pointer, StringComparison.Ordinal))
        ?? spec.Operations.SelectMany(o => o.Callbacks).SelectMany(c => c.Operations)
            .FirstOrDefault(o => string.Equals(o.Pointer, pointer, StringComparison.Ordinal));

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
