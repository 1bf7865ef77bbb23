using System.Globalization;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// Once a contract is finished (its receipts, as last returned in this run, pave its cover period),
/// for every guarantee and component the receipts sum to the contract's value within 0.01, a guarantee
/// missing on one side counting as 0. Judged on every answer that returns the contract or one of its receipts.
/// </summary>
public sealed class ReceiptGuaranteeSumCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_receipt_guarantee_sum";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A finished contract's receipts add up to its guarantees";
    public string SpecReference => "Seyna contract: accounting invariants, guarantee_sum (finished contract, tolerance 0.01)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => SeynaAnswers.Objects(context).Any(o => SeynaAnswers.Text(o, "object") is "contract" or "receipt");

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var known = SeynaAnswers.Known(context);
        var touched = SeynaAnswers.Objects(context)
            .Select(o => (Portfolio: SeynaAnswers.Text(o, "portfolio_id") ?? string.Empty, Contract: SeynaAnswers.Text(o, "object") == "contract" ? SeynaAnswers.Text(o, "id") : SeynaAnswers.Text(o, "contract_id")))
            .Where(t => t.Contract is not null)
            .Distinct();
        foreach (var (portfolio, contractId) in touched)
        {
            if (!known.TryGetValue(("contract", portfolio, contractId!), out var contract))
            {
                continue;
            }

            var receipts = SeynaAnswers.ReceiptsOf(known, portfolio, contractId!);
            if (receipts.Count == 0 || !SeynaAnswers.Paves(contract, receipts))
            {
                continue;
            }

            var names = SeynaAnswers.Names(contract["guarantees"]).Union(receipts.SelectMany(r => SeynaAnswers.Names(r["guarantees"]))).Order(StringComparer.Ordinal);
            foreach (var name in names)
            {
                foreach (var component in SeynaAnswers.ContractComponents)
                {
                    var expected = SeynaAnswers.Amount(contract["guarantees"], name, component);
                    var actual = receipts.Sum(r => SeynaAnswers.Amount(r["guarantees"], name, component));
                    if (Math.Abs(expected - actual) > SeynaAnswers.Tolerance)
                    {
                        yield return this.Fail(string.Create(CultureInfo.InvariantCulture,
                            $"contract '{contractId}' is finished, but its {receipts.Count} receipt(s) sum to {actual} for {name}.{component} where the contract says {expected}"));
                    }
                }
            }
        }
    }
}
