namespace Conformance.Mock.Seeding;

/// <summary>
/// A small, fast, seeded generator (SplitMix64) for bulk seeding: creating one per record costs
/// nothing, unlike <see cref="Random"/>'s seeded constructor, and its sequence is fixed by this code,
/// not by the runtime version. Bogus is still used wherever locale data (names, streets) is needed.
/// </summary>
public sealed class StableRandom(int seed)
{
    private ulong state = (ulong)seed * 0x9E3779B97F4A7C15UL;

    /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        var range = (ulong)((long)maxExclusive - minInclusive);
        return range == 0 ? minInclusive : (int)(minInclusive + (long)(NextUInt64() % range));
    }

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
