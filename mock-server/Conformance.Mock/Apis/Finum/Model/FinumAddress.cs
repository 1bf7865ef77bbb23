namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Address</c>; <see cref="Country"/> is ISO 3166-1 alpha-2.</summary>
public sealed record FinumAddress
{
    public required string Street { get; init; }
    public string? HouseNumber { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }
    public required string Country { get; init; }
}
