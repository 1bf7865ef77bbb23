using System.Text;

namespace Conformance.Mock.State;

/// <summary>
/// Opaque paging cursors: the last key of a page, base64url-encoded with a version prefix. A cursor
/// names a position in the key order, not an index, so it stays valid while records are added (and
/// the next page neither repeats nor skips a record that existed when the first page was read).
/// </summary>
public static class PageCursor
{
    private const string Prefix = "k1:";

    public static string Encode(string lastKey)
    {
        var bytes = Encoding.UTF8.GetBytes(Prefix + lastKey);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The key after which the next page starts; false for text that is no cursor of ours.</summary>
    public static bool TryDecode(string cursor, out string lastKey)
    {
        lastKey = string.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 4096)
        {
            return false;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        lastKey = text[Prefix.Length..];
        return true;
    }
}
