namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>One stored agency number; optional texts are null when absent or sent empty.</summary>
public sealed record AgencyNumber
{
    public required string Number { get; init; }
    public string? MatchCode { get; init; }
    public string? ExternalInsurerId { get; init; }
    public string? ExternalUniqueId { get; init; }
    public bool DefaultForTenders { get; init; }
    public bool DefaultForCalculations { get; init; }
    public string? CollectionType { get; init; }
    public string? InternalComment { get; init; }
    public bool Active { get; init; }
}
