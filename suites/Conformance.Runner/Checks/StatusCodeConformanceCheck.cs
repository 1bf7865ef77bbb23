using Conformance.Runner.Engine;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>The status code of every response is documented for the operation (exact, range or default).</summary>
public sealed class StatusCodeConformanceCheck : IExchangeCheck
{
    public string Id => "status_code_conformance";
    public string Title => "Response status code is documented";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.16 Responses Object";
    public bool IsMandatory => true;

    public bool AppliesTo(ExchangeContext context) => !context.IsInbound && context.Operation is not null && context.Response is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var status = context.Response!.StatusCode;
        if (SpecLookup.FindResponse(context.Operation!, status) is null)
        {
            var documented = string.Join(", ", context.Operation!.Responses.Keys);
            yield return this.Fail(
                $"{context.Operation.OperationId} answered {status}, which is not documented (documented: {documented})",
                $"{context.Operation.Pointer}/responses");
        }
    }
}
