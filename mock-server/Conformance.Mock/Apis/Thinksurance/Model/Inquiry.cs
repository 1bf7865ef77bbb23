namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>
/// One inquiry of a broker. Status 2 (lead) has no customer; 15 and 6 carry the selected offer's
/// insurer and agency number.
/// </summary>
public sealed record Inquiry
{
    public required long Id { get; init; }
    public required string BrokerToken { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required int Status { get; init; }
    public required string ProductName { get; init; }
    public required int ProductId { get; init; }
    public int? IndustryId { get; init; }
    public string? ProfessionName { get; init; }
    public int? ProfessionId { get; init; }
    public int? EmployeesFullTime { get; init; }
    public int? EmployeesPartTime { get; init; }
    public long? RevenueCents { get; init; }
    public string? InsurerName { get; init; }
    public string? AgencyNumber { get; init; }
    public string? ExternalInsurerId { get; init; }
    public string? ExternalUniqueId { get; init; }
    public InquiryCustomer? Customer { get; init; }
    public IReadOnlyList<InquiryDocument> Documents { get; init; } = [];
}
