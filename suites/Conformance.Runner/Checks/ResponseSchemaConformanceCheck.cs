using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// A JSON response body validates against the schema documented for its status and media type; a
/// documented JSON body that is missing (an empty answer) fails, since an empty body is not JSON.
/// </summary>
public sealed class ResponseSchemaConformanceCheck : IExchangeCheck
{
    /// <summary>Findings reported per body at most; the rest are summarised.</summary>
    public const int MaxFindings = 20;

    public string Id => "response_schema_conformance";
    public string Title => "Response body matches the documented schema";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.14 Media Type Object (schema)";
    public bool IsMandatory => true;

    /// <summary>
    /// Also when the body is empty: a documented JSON body that is missing is not valid JSON. Not for
    /// answers that cannot carry a body whatever the contract says: to HEAD, and 204 or 304.
    /// </summary>
    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is not null
        && (context.HasBody || CanCarryBody(context))
        && SpecLookup.FindResponse(context.Operation, context.Response.StatusCode) is { Content.Count: > 0 };

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var response = SpecLookup.FindResponse(context.Operation!, context.Response!.StatusCode)!;
        var documented = response.Content.Values.FirstOrDefault(m => context.MediaType is { } t && MediaTypes.Matches(m.MediaType, t))
            ?? response.Content.Values.FirstOrDefault(m => MediaTypes.IsJson(MediaTypes.Essence(m.MediaType)));
        if (documented?.Schema is null || !MediaTypes.IsJson(MediaTypes.Essence(documented.MediaType)))
        {
            yield break;
        }

        var pointer = documented.Schema.Pointer;
        if (!context.HasBody)
        {
            yield return this.Fail(
                $"status {context.Response.StatusCode} documents a JSON body ({documented.MediaType}), but the body is empty: an empty body is not valid JSON",
                pointer);
            yield break;
        }

        if (context.BodyTruncated)
        {
            yield return this.Fail($"the body is larger than the runner reads ({context.Response.BodyLength} bytes or more) and cannot be validated", pointer);
            yield break;
        }

        if (context.JsonError is { } error)
        {
            yield return this.Fail($"the body is not JSON: {error}", pointer);
            yield break;
        }

        // The element read once answers the common case; findings come from the node as before.
        if (context.JsonElement is { } body && context.Spec.Validator.IsValid(documented.Schema, body))
        {
            yield break;
        }

        var result = context.Spec.Validator.Validate(documented.Schema, context.Json);
        foreach (var finding in result.Findings.Take(MaxFindings))
        {
            yield return this.Fail($"{finding.Message} (keyword '{finding.Keyword}')", finding.SchemaPointer.Length > 0 ? finding.SchemaPointer : pointer, finding.InstancePointer);
        }

        if (result.Findings.Count > MaxFindings)
        {
            yield return this.Fail($"{result.Findings.Count - MaxFindings} more schema violations not listed", pointer);
        }
    }

    private static bool CanCarryBody(ExchangeContext context) =>
        !string.Equals(context.Exchange.Request.Method, "HEAD", StringComparison.OrdinalIgnoreCase)
        && context.Response!.StatusCode is not (204 or 304) and >= 200;
}
