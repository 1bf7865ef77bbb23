using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Conformance.Mock.Apis.Seyna.State;

/// <summary>
/// A keyset position: the sort key of the last item served (its id, plus timestamp and version on the
/// versions endpoints), bound to the endpoint, the portfolio and the sort order. Sent as base64url JSON
/// with a truncated HMAC, so a cursor from elsewhere or an edited one is refused instead of read as a
/// position; the key derives from the global seed, so cursors outlive restarts.
/// </summary>
public sealed record SeynaCursor(string Endpoint, string Portfolio, bool Descending, string Id, long Ticks, int Version)
{
    private const int MacBytes = 12;

    public static byte[] KeyFor(int globalSeed) => SHA256.HashData(Encoding.UTF8.GetBytes($"seyna-cursor:{globalSeed}"));

    public string Encode(byte[] key)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new object[] { 1, Endpoint, Portfolio, Descending ? "desc" : "asc", Id, Ticks, Version });
        var mac = HMACSHA256.HashData(key, payload).AsSpan(0, MacBytes).ToArray();
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>The position, or null for text this provider did not issue.</summary>
    public static SeynaCursor? Decode(string text, byte[] key)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (text.Length > 512 || dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
            var mac = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
            if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload).AsSpan(0, MacBytes)))
            {
                return null;
            }

            var parts = JsonDocument.Parse(payload).RootElement;
            return new SeynaCursor(
                parts[1].GetString()!, parts[2].GetString()!, parts[3].GetString() == "desc", parts[4].GetString()!, parts[5].GetInt64(), parts[6].GetInt32());
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
