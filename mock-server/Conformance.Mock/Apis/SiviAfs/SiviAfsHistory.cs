namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>How far back first versions go and how many datasets per cluster have a prior version (for <c>validOn</c>).</summary>
public sealed record SiviAfsHistory
{
    public int FirstVersionWithinDays { get; init; }
    public required SiviAfsClusters<int> WithPriorVersion { get; init; }
}
