using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Thinksurance;

/// <summary>
/// Within a workflow, two listings of the same tenant's agency numbers with only refused writes
/// between them (at least one) are equal: every write is all-or-nothing, so a refusal leaves the set
/// as it was. Tenant header values are masked in the record, so the tenant is its kind (the broker's
/// set when <c>X-Broker-Token</c> was sent, else the account's); a workflow compared this way
/// addresses one broker.
/// </summary>
public sealed class RefusalStoresNothingCheck : IWorkflowCheck, IApiCheck
{
    private const string AgencyNumbersPath = "/api/ipn/agency-numbers";

    public string Id => "thinksurance_refusal_stores_nothing";
    public string ApiId => "thinksurance";
    public string Title => "A refused agency-number write leaves the set unchanged";
    public string SpecReference => "Thinksurance contract, addAgencyNumbers and deleteAgencyNumbers (all-or-nothing: any error leaves the set unchanged)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public IEnumerable<Finding> Evaluate(WorkflowCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = new Dictionary<string, (string StepId, string Listing, int Refusals)>(StringComparer.Ordinal);
        foreach (var (step, exchange) in context.Exchanges())
        {
            if (exchange.Direction != ExchangeDirection.Outbound || exchange.Response is not { StatusCode: 200, Body: { } body }
                || !new Uri(exchange.Request.Url).AbsolutePath.EndsWith(AgencyNumbersPath, StringComparison.Ordinal)
                || ExchangeContext.Parse(body).Node is not JsonObject answer)
            {
                continue;
            }

            var tenant = ExchangeContext.Header(exchange.Request.Headers, "X-Broker-Token") is { Length: > 0 } ? "broker" : "account";
            var refused = answer.ContainsKey("error");
            if (exchange.Request.Method == "GET")
            {
                if (!refused && last.TryGetValue(tenant, out var before) && before.Refusals > 0 && !JsonNode.DeepEquals(ExchangeContext.Parse(before.Listing).Node, answer))
                {
                    yield return this.Fail($"step '{step.StepId}' lists the {tenant}'s agency numbers differently from step '{before.StepId}', though only refused writes came between them");
                }

                if (!refused)
                {
                    last[tenant] = (step.StepId, body, 0);
                }
            }
            else if (refused && last.TryGetValue(tenant, out var open))
            {
                last[tenant] = open with { Refusals = open.Refusals + 1 };
            }
            else if (!refused)
            {
                // An accepted write changes the set: nothing before it is comparable any more.
                last.Remove(tenant);
            }
        }
    }
}
