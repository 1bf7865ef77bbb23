using System.Text;

namespace Conformance.Mock.Seeding;

/// <summary>
/// Derives one entity's seed from (global seed, API, type, key) with 64-bit FNV-1a, so an entity's
/// data depends on nothing else: not on generation order, thread or process. (string.GetHashCode is
/// randomised per process and must not be used here.)
/// </summary>
public static class StableSeed
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static int For(int globalSeed, string apiId, string type, string key)
    {
        var hash = OffsetBasis;
        Span<byte> seedBytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(seedBytes, globalSeed);
        hash = Mix(hash, seedBytes);
        Span<byte> buffer = stackalloc byte[256];
        foreach (var part in (ReadOnlySpan<string>)[apiId, type, key])
        {
            var bytes = Encoding.UTF8.GetMaxByteCount(part.Length) <= buffer.Length
                ? buffer[..Encoding.UTF8.GetBytes(part, buffer)]
                : Encoding.UTF8.GetBytes(part);
            hash = Mix(hash, bytes);
            hash = Mix(hash, [0xFF]);
        }

        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }

    private static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }
}
