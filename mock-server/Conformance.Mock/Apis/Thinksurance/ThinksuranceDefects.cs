using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>The deliberate Thinksurance defects, the check expected to catch each and the workflows that do.</summary>
public static class ThinksuranceDefects
{
    public const string FailureAsHttpError = "thinksurance.failure-as-http-error";
    public const string StatusAndError = "thinksurance.status-and-error";
    public const string RefusalStores = "thinksurance.refusal-stores";
    public const string UniqueIdReuseAccepted = "thinksurance.unique-id-reuse-accepted";
    public const string DeleteDoesNothing = "thinksurance.delete-does-nothing";
    public const string TokensNeverExpire = "thinksurance.tokens-never-expire";
    public const string WebhookNeverSent = "thinksurance.webhook-never-sent";
    public const string WebhookNewEventId = "thinksurance.webhook-new-event-id";

    public static readonly IReadOnlyList<DefectInfo> All =
    [
        new(FailureAsHttpError, "thinksurance", "Failures are answered HTTP 400 (bad input) or 401 (credentials) instead of HTTP 200 with error.", "thinksurance_answer_envelope") { CaughtBy = ["authMissingOrBadToken"] },
        new(StatusAndError, "thinksurance", "Error answers carry a status member beside error.", "thinksurance_answer_envelope") { CaughtBy = ["brokersCreateAndLookUp"] },
        new(RefusalStores, "thinksurance", "An add refused for a reused externalUniqueId stores its numbers anyway.", "thinksurance_refusal_stores_nothing") { CaughtBy = ["agencyNumbersRefusalsStoreNothing"] },
        new(UniqueIdReuseAccepted, "thinksurance", "An externalUniqueId already used by another entry is accepted.", "flow_success_criteria") { CaughtBy = ["agencyNumbersRefusalsStoreNothing"] },
        new(DeleteDoesNothing, "thinksurance", "Deletes answer success and remove nothing.", "flow_success_criteria") { CaughtBy = ["agencyNumbersRoundTrip"] },
        new(TokensNeverExpire, "thinksurance", "Tokens are issued with an expiry years ahead and are never refused as expired.", "thinksurance_token_lifetime") { CaughtBy = ["authTokenIssued"] },
        new(WebhookNeverSent, "thinksurance", "Inquiry events never send the inquiryNotification webhook (journal state suppressed).", "callback_received") { CaughtBy = ["inquiryWebhookDelivered"] },
        new(WebhookNewEventId, "thinksurance", "Every delivery attempt of a webhook carries a new eventId and notificationId.", "thinksurance_webhook_event_id_stable") { CaughtBy = ["inquiryWebhookRetried"] },
    ];
}
