using System.Globalization;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// Once a claim is finished (<c>closed</c>), the settlements returned for it in this run sum, per
/// guarantee, to its <c>paid</c>, <c>management_paid</c> and <c>subrogation_paid</c> within 0.01: every
/// payment was emitted as a settlement of its amount.
/// </summary>
public sealed class SettlementSumCheck : IExchangeCheck, IApiCheck
{
    private static readonly string[] Paid = ["paid", "management_paid", "subrogation_paid"];

    public string Id => "seyna_settlement_sum";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A closed claim's settlements add up to its paid amounts";
    public string SpecReference => "Seyna claim lifecycle: each payment emits a settlement; contract rule settlement_sum";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => SeynaAnswers.ClosedClaims(context).Any();

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var known = SeynaAnswers.Known(context);
        foreach (var claim in SeynaAnswers.ClosedClaims(context))
        {
            var id = SeynaAnswers.Text(claim, "id");
            var portfolio = SeynaAnswers.Text(claim, "portfolio_id") ?? string.Empty;
            var settlements = SeynaAnswers.SettlementsOf(known, portfolio, id);
            if (settlements.Count == 0)
            {
                continue;
            }

            foreach (var name in SeynaAnswers.Names(claim["guarantees"]))
            {
                foreach (var component in Paid)
                {
                    var expected = SeynaAnswers.Amount(claim["guarantees"], name, component);
                    var actual = settlements.Sum(s => SeynaAnswers.Amount(s["guarantees"], name, component));
                    if (Math.Abs(expected - actual) > SeynaAnswers.Tolerance)
                    {
                        yield return this.Fail(string.Create(CultureInfo.InvariantCulture, $"closed claim '{id}' has {name}.{component} = {expected}, but its {settlements.Count} settlement(s) sum to {actual}"));
                    }
                }
            }
        }
    }
}
