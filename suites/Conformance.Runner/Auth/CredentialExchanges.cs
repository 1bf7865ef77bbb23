using Conformance.Runner.Checks;
using Conformance.Runner.Engine;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Auth;

/// <summary>
/// The token exchanges behind one authenticated request, as exchanges like any other: recorded
/// (masked) ahead of the request they authenticated, and judged by the exchange checks against
/// the contract operation they called when the contract documents it.
/// </summary>
public static class CredentialExchanges
{
    public static (IReadOnlyList<ExchangeRecord> Records, IReadOnlyList<Finding> Findings) Judge(EngineContext context, TransportResult result)
    {
        var records = new List<ExchangeRecord>();
        var findings = new List<Finding>();
        foreach (var exchange in result.CredentialExchanges)
        {
            var record = ExchangeRecorder.Outbound(exchange.Request, exchange.Result, context.Masker);
            records.Add(record);
            if (exchange.Result.StatusCode is null)
            {
                findings.Add(context.Catalogue.Get<ResponseReceivedCheck>().Fail($"{record.Request.Method} {record.Request.Url}: {record.TransportError}"));
            }
            else if (exchange.Operation is { } operation)
            {
                var body = exchange.Result.BodyText;
                findings.AddRange(ExchangeChecker.Run(context.Catalogue, new ExchangeContext(context.Spec, operation, record, Arazzo.AuthMode.Default, body) { ApiId = context.ApiId }));
            }
        }

        return (records, findings);
    }
}
