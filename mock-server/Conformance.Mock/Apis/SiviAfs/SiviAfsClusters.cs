namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>One value per SIVI cluster (policies, claims, parties).</summary>
public sealed record SiviAfsClusters<T>
{
    public required T Policy { get; init; }
    public required T Claim { get; init; }
    public required T Party { get; init; }
}
