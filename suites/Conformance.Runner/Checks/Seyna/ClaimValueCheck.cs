using System.Globalization;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// The claim value of each guarantee (<c>paid + outstanding + management_paid + management_outstanding −
/// subrogation_paid − subrogation_outstanding</c>) does not exceed <c>fgu_claim</c>, the same amount before
/// deductibles and ceilings. A warning: some products legitimately break it.
/// </summary>
public sealed class ClaimValueCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_claim_value";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A claim's value does not exceed its from-the-ground-up amount";
    public string SpecReference => "Seyna claim value formula; contract rule fgu_claim_at_least_value (warning)";
    public Severity DefaultSeverity => Severity.Warning;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => SeynaAnswers.Objects(context, "claim").Any();

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        foreach (var claim in SeynaAnswers.Objects(context, "claim"))
        {
            foreach (var name in SeynaAnswers.Names(claim["guarantees"]))
            {
                decimal Of(string component) => SeynaAnswers.Amount(claim["guarantees"], name, component);
                var value = Of("paid") + Of("outstanding") + Of("management_paid") + Of("management_outstanding") - Of("subrogation_paid") - Of("subrogation_outstanding");
                if (Of("fgu_claim") < value - SeynaAnswers.Tolerance)
                {
                    yield return this.Fail(string.Create(CultureInfo.InvariantCulture, $"claim '{SeynaAnswers.Text(claim, "id")}': {name} value {value} exceeds fgu_claim {Of("fgu_claim")}"));
                }
            }
        }
    }
}
