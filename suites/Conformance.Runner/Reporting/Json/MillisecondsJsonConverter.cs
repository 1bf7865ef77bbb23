using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Runner.Reporting.Json;

/// <summary>A <see cref="TimeSpan"/> as a number of milliseconds, rounded to three decimals (microseconds).</summary>
internal sealed class MillisecondsJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeSpan.FromMilliseconds(reader.GetDouble());

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value.TotalMilliseconds, 3));
}
