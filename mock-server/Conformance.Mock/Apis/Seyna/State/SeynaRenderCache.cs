using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// The UTF-8 JSON of recently served versions, in a fixed number of slots (a version maps to one slot
/// by identity; a newer one evicts it). Hot pages are written from bytes, while memory stays bounded
/// however many pages a traversal reads.
/// </summary>
public sealed class SeynaRenderCache
{
    private const int Slots = 16_384;
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Entry?[] entries = new Entry?[Slots];

    public byte[] Utf8(SeynaVersion version)
    {
        var slot = (RuntimeHelpers.GetHashCode(version) & int.MaxValue) % Slots;
        var entry = Volatile.Read(ref entries[slot]);
        if (entry is not null && ReferenceEquals(entry.Version, version))
        {
            return entry.Bytes;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(version.Body(), Json);
        Volatile.Write(ref entries[slot], new Entry(version, bytes));
        return bytes;
    }

    private sealed record Entry(SeynaVersion Version, byte[] Bytes);
}
