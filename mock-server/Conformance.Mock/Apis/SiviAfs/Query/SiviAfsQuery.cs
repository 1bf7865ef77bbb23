namespace Conformance.Mock.Apis.SiviAfs.Query;

/// <summary>A valid retrieve query; processing order: <see cref="ValidOn"/>, filter, sort, offset and limit, fields.</summary>
public sealed record SiviAfsQuery
{
    public const int DefaultLimit = 100;

    public IReadOnlyList<SiviAfsCondition> Filter { get; init; } = [];

    public SiviAfsProjection? Fields { get; init; }

    public IReadOnlyList<SiviAfsSortKey> Sort { get; init; } = [];

    /// <summary>Null = today, the current state.</summary>
    public DateOnly? ValidOn { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    public int Offset { get; init; }
}
