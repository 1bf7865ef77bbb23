using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.Finum;

/// <summary>The deliberate FiNUM defects and the runner check expected to catch each.</summary>
public static class FinumDefects
{
    public const string RequiredFieldDropped = "finum.contract-required-field-dropped";
    public const string AuthIgnored = "finum.auth-ignored";
    public const string SinceIgnored = "finum.since-ignored";
    public const string IdsLeftOut = "finum.ids-left-out";
    public const string CallbackNeverSent = "finum.callback-never-sent";
    public const string ProposalStuck = "finum.proposal-stuck";
    public const string WrongContentType = "finum.wrong-content-type";
    public const string ServerErrorOnBadInput = "finum.500-on-bad-input";
    public const string StatusOutOfRange = "finum.status-out-of-range";

    public static readonly IReadOnlyList<DefectInfo> All =
    [
        new(RequiredFieldDropped, "finum", "Contracts are served without the required holderId.", "response_schema_conformance") { CaughtBy = ["syncContracts"] },
        // The auth flows catch it too (their success criteria expect 401); auth_required is the generated cases' check.
        new(AuthIgnored, "finum", "Requests without or with a bad token are answered as if authenticated.", "auth_required"),
        new(SinceIgnored, "finum", "The *-id-list-updated operations ignore since and return every id.", "flow_success_criteria") { CaughtBy = ["syncContracts"] },
        new(IdsLeftOut, "finum", "The *-list operations leave out the last requested known id when more than one is asked for.", "flow_success_criteria") { CaughtBy = ["syncContracts"] },
        new(CallbackNeverSent, "finum", "Status changes never send the registered callback.", "callback_received") { CaughtBy = ["proposalWithCallbacks"] },
        new(ProposalStuck, "finum", "A contract at 120 never moves on to 130.", "flow_success_criteria") { CaughtBy = ["proposalByPolling"] },
        new(WrongContentType, "finum", "Successful JSON answers are labelled text/plain.", "content_type_conformance") { CaughtBy = ["syncContracts"] },
        new(ServerErrorOnBadInput, "finum", "A request failing validation gets 500 instead of 400.", "negative_data_rejection"),
        new(StatusOutOfRange, "finum", "Contracts report status 1000 + the real status, outside 100..999.", "response_schema_conformance") { CaughtBy = ["syncContracts"] },
    ];
}
