namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>File</c>: document metadata; <see cref="Size"/> in bytes equals the download's length.</summary>
public sealed record FinumFile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string MimeType { get; init; }
    public required long Size { get; init; }
    public required string Kind { get; init; }
    public string? ContractId { get; init; }
    public string? ClientId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
