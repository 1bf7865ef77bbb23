using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>A <c>closed</c> claim has <c>outstanding</c>, <c>management_outstanding</c> and <c>subrogation_outstanding</c> at 0 for every guarantee.</summary>
public sealed class ClosedClaimOutstandingCheck : IExchangeCheck, IApiCheck
{
    private static readonly string[] Outstanding = ["outstanding", "management_outstanding", "subrogation_outstanding"];

    public string Id => "seyna_closed_claim_outstanding";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A closed claim has nothing outstanding";
    public string SpecReference => "Seyna claim lifecycle: open → closed (outstanding = 0); contract rule claim_closed_outstanding";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => SeynaAnswers.ClosedClaims(context).Any();

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        foreach (var claim in SeynaAnswers.ClosedClaims(context))
        {
            foreach (var name in SeynaAnswers.Names(claim["guarantees"]))
            {
                foreach (var component in Outstanding)
                {
                    if (SeynaAnswers.Amount(claim["guarantees"], name, component) is var value and not 0m)
                    {
                        yield return this.Fail($"closed claim '{SeynaAnswers.Text(claim, "id")}' has {name}.{component} = {value}");
                    }
                }
            }
        }
    }
}
