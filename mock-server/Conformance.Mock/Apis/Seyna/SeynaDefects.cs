using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>The Seyna module's deliberate defects, each with the check that must catch it and the workflows that do.</summary>
public static class SeynaDefects
{
    public const string NextOnLastPage = "seyna.next-on-last-page";
    public const string CursorRepeatsPage = "seyna.cursor-repeats-page";
    public const string OlderTimestampAccepted = "seyna.older-timestamp-accepted";
    public const string IdenticalPutVersions = "seyna.identical-put-versions";
    public const string ReceiptsDoNotAddUp = "seyna.receipts-do-not-add-up";
    public const string RetractionNegativeReceipt = "seyna.retraction-negative-receipt";
    public const string ClosedClaimOutstanding = "seyna.closed-claim-outstanding";
    public const string AuthIgnored = "seyna.auth-ignored";
    public const string ErrorStatusMismatch = "seyna.error-status-mismatch";
    public const string ListUrlWithBasePath = "seyna.list-url-with-base-path";
    public const string LocationWithoutBasePath = "seyna.location-without-base-path";
    public const string SettlementPaidHalved = "seyna.settlement-paid-halved";
    public const string ReceiptEndShifted = "seyna.receipt-end-shifted";
    public const string PutOverwritesVersion = "seyna.put-overwrites-version";

    public static IReadOnlyList<DefectInfo> All { get; } =
    [
        new(NextOnLastPage, "seyna", "the last page of a list still carries `next` (the page it leads to is empty)", "seyna_cursor_paging") { CaughtBy = ["cursorTraversal"] },
        new(CursorRepeatsPage, "seyna", "following `next` serves the previous page's last item again (the page starts at the cursor instead of after it)", "seyna_cursor_paging") { CaughtBy = ["cursorTraversal"] },
        new(OlderTimestampAccepted, "seyna", "a PUT with an older `timestamp` is stored as a new version", "flow_success_criteria") { CaughtBy = ["versioning"] },
        new(IdenticalPutVersions, "seyna", "an identical re-PUT stores a new version", "flow_success_criteria") { CaughtBy = ["versioning"] },
        new(ReceiptsDoNotAddUp, "seyna", "a receipt's stored premium is 1 EUR more than the one sent", "seyna_receipt_guarantee_sum") { CaughtBy = ["singleReceiptSubscription", "monthlySubscription"] },
        new(RetractionNegativeReceipt, "seyna", "a stored retraction makes the provider add a negative receipt offsetting the contract's former cover", "seyna_retraction") { CaughtBy = ["retraction"] },
        new(ClosedClaimOutstanding, "seyna", "a claim stored as closed keeps its outstanding amounts", "seyna_closed_claim_outstanding") { CaughtBy = ["claimLifecycle"] },
        new(AuthIgnored, "seyna", "requests without or with wrong credentials are served", "auth_required"),
        new(ErrorStatusMismatch, "seyna", "error bodies say status 400 whatever the HTTP status", "seyna_error_status") { CaughtBy = ["authErrors"] },
        new(ListUrlWithBasePath, "seyna", "list `url` includes the server's base path", "seyna_list_url") { CaughtBy = ["cursorTraversal"] },
        new(PutOverwritesVersion, "seyna", "a PUT with changed content replaces the latest version under its number instead of adding one", "seyna_version_immutable") { CaughtBy = ["versioning"] },
        new(ReceiptEndShifted, "seyna", "a receipt's end_cover_date is stored one day late", "seyna_paving") { CaughtBy = ["singleReceiptSubscription", "monthlySubscription"] },
        new(SettlementPaidHalved, "seyna", "a settlement's paid amount is stored halved", "seyna_settlement_per_payment") { CaughtBy = ["claimLifecycle"] },
        new(LocationWithoutBasePath, "seyna", "a 201's Location is the object's path relative to the server URL, which resolves outside the API", "seyna_location") { CaughtBy = ["singleReceiptSubscription"] },
    ];
}
