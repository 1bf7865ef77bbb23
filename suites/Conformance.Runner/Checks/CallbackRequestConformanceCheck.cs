using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>An inbound callback request is JSON of a documented media type and validates against the callback operation's request schema.</summary>
public sealed class CallbackRequestConformanceCheck : IExchangeCheck
{
    public string Id => "callback_request_conformance";
    public string Title => "Callback request matches the documented callback";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.18 Callback Object";
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => context.IsInbound && context.Operation is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var operation = context.Operation!;
        var method = context.Exchange.Request.Method;
        if (!string.Equals(method, operation.Method, StringComparison.OrdinalIgnoreCase))
        {
            yield return this.Fail($"the callback came as {method}, the spec documents {operation.Method}", operation.Pointer);
        }

        if (operation.RequestBody is not { } body)
        {
            yield break;
        }

        if (!context.HasBody)
        {
            if (body.Required)
            {
                yield return this.Fail("the callback has no body, but the spec requires one", $"{operation.Pointer}/requestBody");
            }

            yield break;
        }

        var mediaType = context.MediaType;
        var documented = body.Content.Values.FirstOrDefault(m => mediaType is not null && MediaTypes.Matches(m.MediaType, mediaType));
        if (documented is null)
        {
            yield return this.Fail($"Content-Type '{mediaType ?? "none"}' is not documented for the callback (documented: {string.Join(", ", body.Content.Keys)})", $"{operation.Pointer}/requestBody/content");
            yield break;
        }

        if (documented.Schema is null || !MediaTypes.IsJson(MediaTypes.Essence(documented.MediaType)))
        {
            yield break;
        }

        if (context.JsonError is { } error)
        {
            yield return this.Fail($"the callback body is not JSON: {error}", documented.Schema.Pointer);
            yield break;
        }

        foreach (var finding in context.Spec.Validator.Validate(documented.Schema, context.Json).Findings.Take(ResponseSchemaConformanceCheck.MaxFindings))
        {
            yield return this.Fail($"{finding.Message} (keyword '{finding.Keyword}')", finding.SchemaPointer.Length > 0 ? finding.SchemaPointer : documented.Schema.Pointer, finding.InstancePointer);
        }
    }
}
