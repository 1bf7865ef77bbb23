namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>User</c>: a portal user of the provider.</summary>
public sealed record FinumUser
{
    public required string Id { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
