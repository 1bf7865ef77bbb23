using Conformance.Mock.Defects;

namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>The SIVI module's deliberate defects, each with the check that must catch it and the workflows that do (none: the generated cases).</summary>
public static class SiviAfsDefects
{
    public const string EmptyListInsteadOfNoContent = "sivi-afs.200-empty-instead-of-204";
    public const string BadRequestForUnknownId = "sivi-afs.400-for-unknown-id";
    public const string FilterIgnored = "sivi-afs.filter-ignored";
    public const string SortIgnored = "sivi-afs.sort-ignored";
    public const string ValidOnIgnored = "sivi-afs.valid-on-ignored";
    public const string LocationMissing = "sivi-afs.location-missing";
    public const string MalformedErrorEntity = "sivi-afs.malformed-error-entity";
    public const string WriteScopeIgnored = "sivi-afs.write-scope-ignored";

    public static IReadOnlyList<DefectInfo> All { get; } =
    [
        new(EmptyListInsteadOfNoContent, "sivi-afs", "a valid query that matches nothing gets 200 with an empty policy array instead of 204", "sivi_afs_no_match_no_content") { CaughtBy = ["queryRules"] },
        new(BadRequestForUnknownId, "sivi-afs", "an unknown or malformed path id gets 400 instead of 404", "sivi_afs_unknown_id_not_found") { CaughtBy = ["unknownIdsAreNotFound"] },
        new(FilterIgnored, "sivi-afs", "_filter is validated but not applied: every dataset is returned", "flow_success_criteria") { CaughtBy = ["filterOperators"] },
        new(SortIgnored, "sivi-afs", "_sort is validated but not applied: the datasets stay in id order", "flow_success_criteria") { CaughtBy = ["sortAndPaging"] },
        new(ValidOnIgnored, "sivi-afs", "validOn is validated but not applied: the current state is returned", "flow_success_criteria") { CaughtBy = ["policyLifecycle"] },
        new(LocationMissing, "sivi-afs", "new answers 201 without Location", "response_headers_conformance"),
        new(MalformedErrorEntity, "sivi-afs", "errors carry httpStatus 200 and no errorCodeExplanation", "error_body_conformance"),
        new(WriteScopeIgnored, "sivi-afs", "new, change and termination are served to tokens without afs.write", "flow_success_criteria") { CaughtBy = ["authErrors"] },
    ];
}
