using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// A contract read back (<c>getContract</c>) after its receipts were returned in the same run is
/// finished: its receipts pave its cover period (net coverage exactly 1 inside, 0 outside, negative
/// receipts counting −1), so nothing stays covered after an early cancellation's new end. The Seyna
/// flows read a contract back only once they have pushed all of its receipts.
/// </summary>
public sealed class PavingCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_paving";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "A contract read back after its receipts is paved by them";
    public string SpecReference => "Seyna contract: accounting invariants, paving and cancellation (a finished contract)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        context.Operation?.OperationId == "getContract" && SeynaAnswers.Objects(context, "contract").Any();

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var known = SeynaAnswers.Known(context);
        foreach (var contract in SeynaAnswers.Objects(context, "contract"))
        {
            var id = SeynaAnswers.Text(contract, "id")!;
            var receipts = SeynaAnswers.ReceiptsOf(known, SeynaAnswers.Text(contract, "portfolio_id") ?? string.Empty, id);
            if (receipts.Count > 0 && !SeynaAnswers.Paves(contract, receipts))
            {
                yield return this.Fail($"the {receipts.Count} receipt(s) of contract '{id}' do not pave its cover period "
                    + $"[{SeynaAnswers.Text(contract, "start_cover_date")}, {SeynaAnswers.Text(contract, "end_cover_date")}): a gap, a net overlap or cover left after its end");
            }
        }
    }
}
