using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Generation;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Thinksurance;

/// <summary>
/// Every Thinksurance answer is HTTP 200 with a JSON object, success and failure alike, and never
/// carries both <c>status</c> and <c>error</c>; where the operation's success carries <c>status</c>
/// (its 200 schema is a <c>oneOf</c> of a success requiring <c>status</c> and <c>ErrorResponse</c>),
/// exactly one of the two is present. A failure answered 400 or 401 breaks the convention every
/// consumer of this API relies on.
/// </summary>
public sealed class Http200EnvelopeCheck : IExchangeCheck, IApiCheck
{
    public string Id => "thinksurance_answer_envelope";
    public string ApiId => "thinksurance";
    public string Title => "Every answer is HTTP 200 with a JSON object holding status or error, never both";
    public string SpecReference => "Thinksurance contract, info.description and ErrorResponse (every failure is HTTP 200 with error)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => true;

    public bool AppliesTo(ExchangeContext context) => !context.IsInbound && context.Response is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var status = context.Response!.StatusCode;
        if (status != 200)
        {
            yield return this.Fail($"answered HTTP {status}; every answer, failures included, is HTTP 200 (the failure goes in the error member)");
            yield break;
        }

        if (context.Json is not JsonObject body)
        {
            yield return this.Fail("the answer is not a JSON object");
            yield break;
        }

        var hasStatus = body.ContainsKey("status");
        var hasError = body.ContainsKey("error");
        if (hasStatus && hasError)
        {
            yield return this.Fail("the answer carries both status and error; exactly one says how the request went", instancePointer: "/error");
        }
        else if (!hasStatus && !hasError && context.Operation is { } operation && SuccessCarriesStatus(context, operation))
        {
            yield return this.Fail($"{operation.OperationId} answers status on success and error on failure; the answer has neither");
        }
    }

    /// <summary>True when a member of the 200 schema's <c>oneOf</c> other than the error schema requires <c>status</c>.</summary>
    private static bool SuccessCarriesStatus(ExchangeContext context, Specs.Model.SpecOperation operation)
    {
        var schema = operation.FindResponse(200)?.Content.Values.FirstOrDefault()?.Schema?.Node;
        var samples = new SchemaSamples(context.Spec);
        if (samples.Resolve(schema) is not { } resolved || resolved["oneOf"] is not JsonArray variants)
        {
            return false;
        }

        return variants.Select(samples.Resolve).OfType<JsonObject>()
            .Any(v => v["required"] is JsonArray required && required.Any(r => JsonValues.TryGetString(r, out var name) && name == "status")
                && !required.Any(r => JsonValues.TryGetString(r, out var name) && name == "error"));
    }
}
