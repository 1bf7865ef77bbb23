namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>The company an inquiry is for.</summary>
public sealed record InquiryCustomer
{
    public required long Id { get; init; }
    public required string Company { get; init; }
    public int? Salutation { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Street { get; init; }
    public string? StreetNumber { get; init; }
    public required string Zip { get; init; }
    public required string City { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
