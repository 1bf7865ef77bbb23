namespace Conformance.Mock.Apis.Thinksurance;

/// <summary><c>fixtures/apis/thinksurance/seed.yaml</c>, bound by <see cref="Seeding.SeedFileReader"/> (what the Thinksurance module will seed).</summary>
public sealed record ThinksuranceSeedSettings
{
    public required DateTimeOffset ReferenceDate { get; init; }
    public required ThinksuranceSeedCounts Counts { get; init; }
    public required ThinksuranceAccount Account { get; init; }
    public required IReadOnlyList<ThinksuranceApiUser> ApiUsers { get; init; }
    public int TokenLifetimeMinutes { get; init; } = 15;
    public required ThinksuranceBrokerIds Brokers { get; init; }
    public required ThinksuranceInquiryIds Inquiries { get; init; }
}
