using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>Schema <c>Contract</c>. Optional properties are null and then omitted from JSON.</summary>
public sealed record FinumContract
{
    public required string Id { get; init; }
    public string? ForeignId { get; init; }
    public string? ContractNumber { get; init; }
    public required int Status { get; init; }
    public required string HolderId { get; init; }
    public required string ProductId { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public string? PaymentInterval { get; init; }
    public FinumPremium? Premium { get; init; }
    public IReadOnlyList<string>? MissingData { get; init; }

    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<string> FileIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>One-shot callback target registered by the last create/update request; never served.</summary>
    [JsonIgnore]
    public Uri? CallbackUrl { get; init; }

    /// <summary>Bumped on every change, so a scheduled transition can tell it is stale; never served.</summary>
    [JsonIgnore]
    public int Revision { get; init; }
}
