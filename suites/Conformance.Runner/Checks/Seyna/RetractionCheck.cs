using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// A retracted contract (<c>cancel_reason: retraction</c>) has its cover collapsed
/// (<c>end_cover_date == start_cover_date</c>) and every guarantee component 0, and none of its receipts
/// is negative: a retraction zeroes the receipts instead of offsetting them.
/// </summary>
public sealed class RetractionCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_retraction";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A retraction collapses and zeroes the contract and never has a negative receipt";
    public string SpecReference => "Seyna contract: accounting invariants, retraction (no negative receipt)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) => SeynaAnswers.Objects(context).Any(o => SeynaAnswers.Text(o, "object") is "contract" or "receipt");

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        foreach (var contract in SeynaAnswers.Objects(context, "contract").Where(Retracted))
        {
            var id = SeynaAnswers.Text(contract, "id");
            if (SeynaAnswers.Instant(contract, "end_cover_date") != SeynaAnswers.Instant(contract, "start_cover_date"))
            {
                yield return this.Fail($"retracted contract '{id}' keeps a cover period (end_cover_date differs from start_cover_date)");
            }

            foreach (var name in SeynaAnswers.Names(contract["guarantees"]))
            {
                foreach (var component in SeynaAnswers.ContractComponents.Where(c => SeynaAnswers.Amount(contract["guarantees"], name, c) != 0m))
                {
                    yield return this.Fail($"retracted contract '{id}' has {name}.{component} = {SeynaAnswers.Amount(contract["guarantees"], name, component)}, not 0");
                }
            }
        }

        var known = SeynaAnswers.Known(context);
        foreach (var receipt in SeynaAnswers.Objects(context, "receipt").Concat(SeynaAnswers.Objects(context, "contract").Where(Retracted)
            .SelectMany(c => SeynaAnswers.ReceiptsOf(known, SeynaAnswers.Text(c, "portfolio_id") ?? string.Empty, SeynaAnswers.Text(c, "id")!))).Distinct())
        {
            var portfolio = SeynaAnswers.Text(receipt, "portfolio_id") ?? string.Empty;
            if (SeynaAnswers.Text(receipt, "contract_id") is { } contractId && known.TryGetValue(("contract", portfolio, contractId), out var contract)
                && Retracted(contract) && SeynaAnswers.IsNegative(receipt))
            {
                yield return this.Fail($"receipt '{SeynaAnswers.Text(receipt, "id")}' of retracted contract '{contractId}' is negative; a retraction zeroes receipts instead");
            }
        }
    }

    private static bool Retracted(JsonObject contract) => SeynaAnswers.Text(contract, "cancel_reason") == "retraction";
}
