using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>Required response headers are present and every documented header matches its schema.</summary>
public sealed class ResponseHeadersConformanceCheck : IExchangeCheck
{
    public string Id => "response_headers_conformance";
    public string Title => "Response headers match the documented headers";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.21 Header Object";
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is not null
        && SpecLookup.FindResponse(context.Operation, context.Response.StatusCode) is { Headers.Count: > 0 };

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var response = SpecLookup.FindResponse(context.Operation!, context.Response!.StatusCode)!;
        foreach (var (name, header) in response.Headers)
        {
            var pointer = $"{context.Operation!.Pointer}/responses/{response.StatusKey}/headers/{name}";
            var value = ExchangeContext.Header(context.Response.Headers, name);
            if (value is null)
            {
                if (header.Required)
                {
                    yield return this.Fail($"required header '{name}' is missing", pointer);
                }

                continue;
            }

            if (header.Schema is null || value == Transport.SecretMasker.Mask)
            {
                continue;
            }

            var result = context.Spec.Validator.Validate(header.Schema, Typed(value, header.Schema.Node));
            foreach (var finding in result.Findings)
            {
                yield return this.Fail($"header '{name}: {value}': {finding.Message}", pointer);
            }
        }
    }

    /// <summary>Header values are text; read them as the schema's type (simple style, RFC 9110 §5.5).</summary>
    private static JsonValue Typed(string value, JsonNode schema)
    {
        var type = (schema as JsonObject)?["type"]?.ToString();
        return type switch
        {
            "integer" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            "number" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            "boolean" when bool.TryParse(value, out var b) => JsonValue.Create(b),
            _ => JsonValue.Create(value),
        };
    }
}
