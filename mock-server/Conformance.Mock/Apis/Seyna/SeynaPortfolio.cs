using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>A provider-assigned portfolio; <see cref="Seeded"/> false starts it empty.</summary>
public sealed record SeynaPortfolio
{
    public required string Id { get; init; }

    [JsonPropertyName("product_id")]
    public required string ProductId { get; init; }

    public required string Name { get; init; }
    public required string Timezone { get; init; }
    public bool Live { get; init; }
    public bool Seeded { get; init; }
}
