using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// Once a claim is finished (<c>closed</c>), each increase of its <c>paid</c> between two versions
/// returned in this run is matched by a settlement of that claim, returned in this run, paying that
/// amount for the guarantee (within 0.01): every payment emits its settlement.
/// </summary>
public sealed class SettlementPerPaymentCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_settlement_per_payment";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "Each increase of a claim's paid amount has a settlement of that amount";
    public string SpecReference => "Seyna claim lifecycle: paid += x emits settlement(x); contract rule settlement_per_payment";
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
            var versions = Versions(context, portfolio, id);
            var unmatched = SeynaAnswers.SettlementsOf(known, portfolio, id);
            if (versions.Count < 2 || unmatched.Count == 0)
            {
                continue;
            }

            for (var i = 1; i < versions.Count; i++)
            {
                foreach (var name in SeynaAnswers.Names(versions[i]["guarantees"]))
                {
                    var increase = SeynaAnswers.Amount(versions[i]["guarantees"], name, "paid") - SeynaAnswers.Amount(versions[i - 1]["guarantees"], name, "paid");
                    if (increase <= 0m)
                    {
                        continue;
                    }

                    var match = unmatched.FirstOrDefault(s => Math.Abs(SeynaAnswers.Amount(s["guarantees"], name, "paid") - increase) <= SeynaAnswers.Tolerance);
                    if (match is null)
                    {
                        yield return this.Fail(string.Create(CultureInfo.InvariantCulture, $"claim '{id}': {name}.paid rose by {increase} without a settlement of that amount"));
                    }
                    else
                    {
                        unmatched.Remove(match);
                    }
                }
            }
        }
    }

    /// <summary>The distinct versions of one claim returned in this run, in the order first seen.</summary>
    private static List<JsonObject> Versions(ExchangeContext context, string portfolio, string? id)
    {
        var seen = new List<JsonObject>();
        foreach (var claim in context.Earlier.Append(context).SelectMany(e => SeynaAnswers.Objects(e, "claim")))
        {
            if (SeynaAnswers.Text(claim, "id") == id && (SeynaAnswers.Text(claim, "portfolio_id") ?? string.Empty) == portfolio
                && (seen.Count == 0 || !JsonNode.DeepEquals(seen[^1]["guarantees"], claim["guarantees"])))
            {
                seen.Add(claim);
            }
        }

        return seen;
    }
}
