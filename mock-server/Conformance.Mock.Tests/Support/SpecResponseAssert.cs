using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Mock.Tests.Support;

/// <summary>
/// Checks one answer against the API's own contract: the operation is documented, the status is
/// documented for it, the media type is one the contract lists and the body validates against that
/// media type's schema. Returns the violations (empty = conformant).
/// </summary>
public static class SpecResponseAssert
{
    private static readonly Dictionary<string, ApiSpec> Specs = [];
    private static readonly Lock Gate = new();

    /// <summary>
    /// False while the spec layer of this checkout cannot load contracts yet (it throws
    /// <see cref="NotImplementedException"/>); the checks then have nothing to check against.
    /// </summary>
    public static bool IsAvailable(string apiId)
    {
        try
        {
            _ = Spec(apiId);
            return true;
        }
        catch (NotImplementedException)
        {
            return false;
        }
    }

    public static ApiSpec Spec(string apiId)
    {
        lock (Gate)
        {
            if (!Specs.TryGetValue(apiId, out var spec))
            {
                var result = SpecLoader.LoadFile(FixturePaths.SpecFile(apiId));
                spec = result.Spec ?? throw new InvalidOperationException($"The {apiId} contract does not load: {string.Join("; ", result.Diagnostics)}");
                Specs[apiId] = spec;
            }

            return spec;
        }
    }

    public static IReadOnlyList<string> Violations(string apiId, RecordedExchange exchange)
    {
        var spec = Spec(apiId);
        var path = exchange.Path;
        var match = spec.MatchRequest(exchange.Method, path);
        if (match is null)
        {
            // Unknown routes are not in the contract; the provider still answers them in its error shape.
            return exchange.Status is 404 or 405 ? [] : [$"{exchange.Method} {path}: no such path in the contract"];
        }

        if (match.Operation is null)
        {
            return exchange.Status == 405 ? [] : [$"{exchange.Method} {path}: method not documented, yet answered {exchange.Status}"];
        }

        var response = match.Operation.FindResponse(exchange.Status);
        if (response is null)
        {
            return [$"{match.Operation.OperationId}: status {exchange.Status} is not documented"];
        }

        if (response.Content.Count == 0)
        {
            return exchange.Body.Length == 0 ? [] : [$"{match.Operation.OperationId} {exchange.Status}: body sent where none is documented"];
        }

        // Keys may carry parameters (SIVI: `application/json; version=3`): the answer's own key first, else one of the same essence.
        var mediaType = (exchange.ContentType ?? "").Split(';')[0].Trim();
        var media = response.Content.GetValueOrDefault(exchange.ContentType ?? "")
            ?? response.Content.FirstOrDefault(c => c.Key.Split(';')[0].Trim() == mediaType).Value;
        if (media is null)
        {
            return [$"{match.Operation.OperationId} {exchange.Status}: content type '{exchange.ContentType}' not documented ({string.Join(", ", response.Content.Keys)})"];
        }

        if (media.Schema is null || !mediaType.Contains("json", StringComparison.Ordinal))
        {
            return [];
        }

        var result = spec.Validator.Validate(media.Schema, exchange.Body);
        return [.. result.Findings.Select(f => $"{match.Operation.OperationId} {exchange.Status}: {f}")];
    }

    /// <summary>Validates a callback body against the operation's documented callback request schema.</summary>
    public static IReadOnlyList<string> CallbackViolations(string apiId, string operationId, string callbackName, string body)
    {
        var spec = Spec(apiId);
        var operation = spec.FindOperation(operationId) ?? throw new ArgumentException($"no operation {operationId}");
        var callback = operation.Callbacks.FirstOrDefault(c => c.Name == callbackName) ?? throw new ArgumentException($"no callback {callbackName}");
        var schema = callback.Operations[0].RequestBody?.Content["application/json"].Schema ?? throw new ArgumentException("callback has no JSON body");
        return [.. spec.Validator.Validate(schema, body).Findings.Select(f => f.ToString() ?? "")];
    }
}
