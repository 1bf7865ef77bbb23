using Conformance.Mock.Apis.Finum.Model;

namespace Conformance.Mock.Apis.Finum.Seeding;

/// <summary>Everything seeded for FiNUM, each list in id order.</summary>
public sealed record FinumSeedData(
    IReadOnlyList<FinumContract> Contracts,
    IReadOnlyList<FinumClient> Clients,
    IReadOnlyList<FinumProduct> Products,
    IReadOnlyList<FinumUser> Users,
    IReadOnlyList<FinumFile> Files);
