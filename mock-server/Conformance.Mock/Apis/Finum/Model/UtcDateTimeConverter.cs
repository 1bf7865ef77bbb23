using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Mock.Apis.Finum.Model;

/// <summary>
/// Writes date-times as RFC 3339 UTC with <c>Z</c>: <c>2026-01-01T09:30:00Z</c>, with milliseconds
/// only when non-zero (<c>2026-11-24T06:43:44.123Z</c>). Every stored time is whole milliseconds.
/// </summary>
public sealed class UtcDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return utc.Millisecond == 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}
