using Conformance.Mock.Apis.SiviAfs.State;

namespace Conformance.Mock.Apis.SiviAfs.Seeding;

/// <summary>Every seeded version per cluster (each dataset's oldest first) and the seeded count.</summary>
public sealed record SiviAfsSeedData(SiviAfsClusters<IReadOnlyList<SiviAfsSnapshot>> Versions, SiviAfsClusters<int> Counts);
