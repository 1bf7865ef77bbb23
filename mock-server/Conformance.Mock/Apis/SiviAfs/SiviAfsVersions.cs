namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>Non-breaking versions (<c>Accept: application/json; version=N</c>): served, current, retired.</summary>
public sealed record SiviAfsVersions
{
    public required IReadOnlyList<int> Served { get; init; }
    public required int Current { get; init; }
    public IReadOnlyList<int> Retired { get; init; } = [];
}
