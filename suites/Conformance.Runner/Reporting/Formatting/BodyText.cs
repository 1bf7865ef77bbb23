using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>Bodies made readable: JSON pretty-printed, anything else shown as received.</summary>
public static class BodyText
{
    private static readonly JsonWriterOptions IndentedWriter = new()
    {
        Indented = true,
        // The text is escaped by the report format (HTML, XML) afterwards, not here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Pretty-prints <paramref name="body"/> when it parses as JSON (a truncated body will not, and
    /// is shown raw); newlines are normalised to <c>\n</c>.
    /// </summary>
    public static string Pretty(string body)
    {
        var trimmed = body.TrimStart();
        if (trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '['))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, IndentedWriter))
                {
                    document.WriteTo(writer);
                }

                return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n");
            }
            catch (JsonException)
            {
                // Not JSON after all (or cut short): show it as it came.
            }
        }

        return body.ReplaceLineEndings("\n");
    }

    /// <summary>E.g. <c>truncated: showing the first 64 KiB of 5,242,880 bytes</c>.</summary>
    public static string TruncationNote(int shownCharacters, long totalBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"body truncated: showing the first {shownCharacters:N0} characters of {totalBytes:N0} bytes");
}
