namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Product</c>.</summary>
public sealed record FinumProduct
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public required string InsurerName { get; init; }
    public string? Description { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
