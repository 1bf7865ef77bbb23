namespace Conformance.Mock.Seeding;

/// <summary>
/// What one API is seeded with: the fixed reference date all seeded timestamps lie before, entity
/// counts by type, and lifecycle delays. Read from <c>fixtures/apis/&lt;api&gt;/seed.yaml</c> over the
/// module's defaults, then overridden by command-line options.
/// </summary>
public sealed record SeedSettings
{
    public required int GlobalSeed { get; init; }
    public required DateTimeOffset ReferenceDate { get; init; }
    public required IReadOnlyDictionary<string, int> Counts { get; init; }
    public required IReadOnlyDictionary<string, TimeSpan> Delays { get; init; }

    public int Count(string type) => Counts.TryGetValue(type, out var n) ? n : 0;

    public TimeSpan Delay(string name) => Delays.TryGetValue(name, out var d) ? d : TimeSpan.Zero;
}
