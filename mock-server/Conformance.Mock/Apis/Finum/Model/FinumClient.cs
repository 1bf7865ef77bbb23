namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Client</c>.</summary>
public sealed record FinumClient
{
    public required string Id { get; init; }
    public string? ForeignId { get; init; }
    public required string Type { get; init; }
    public string? Salutation { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public FinumAddress? Address { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
