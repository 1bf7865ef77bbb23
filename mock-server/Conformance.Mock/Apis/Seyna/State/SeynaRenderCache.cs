using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// The UTF-8 JSON of versions served more than once, in a fixed number of slots (a version maps to one
/// slot by identity; a newer one evicts it). A version is cached on its second request in a row for its
/// slot, so hot pages are written from bytes while a traversal, which reads each item once, caches
/// nothing and leaves only short-lived garbage: memory stays flat however many pages it reads.
/// </summary>
public sealed class SeynaRenderCache
{
    private const int Slots = 16_384;
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Entry?[] entries = new Entry?[Slots];
    private readonly SeynaVersion?[] seen = new SeynaVersion?[Slots];

    public byte[] Utf8(SeynaVersion version)
    {
        var slot = (RuntimeHelpers.GetHashCode(version) & int.MaxValue) % Slots;
        var entry = Volatile.Read(ref entries[slot]);
        if (entry is not null && ReferenceEquals(entry.Version, version))
        {
            return entry.Bytes;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(version.Body(), Json);
        if (ReferenceEquals(Volatile.Read(ref seen[slot]), version))
        {
            Volatile.Write(ref entries[slot], new Entry(version, bytes));
        }
        else
        {
            Volatile.Write(ref seen[slot], version);
        }

        return bytes;
    }

    private sealed record Entry(SeynaVersion Version, byte[] Bytes);
}
