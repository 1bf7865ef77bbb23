namespace Conformance.Mock.Apis.Thinksurance.Model;

/// <summary>A broker of the account; <see cref="Token"/> (<c>bToken</c>) is stable for its lifetime.</summary>
public sealed record Broker
{
    public required string Token { get; init; }
    public required int Type { get; init; }
    public required string ExternalId { get; init; }
    public required string Email { get; init; }
    public int? Gender { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    public string? Street { get; init; }
    public string? StreetNumber { get; init; }
    public string? Zip { get; init; }
    public string? City { get; init; }
    public string? Phone { get; init; }
    public string? CompanyRegNumber { get; init; }
    public string? RegNumber { get; init; }
}
