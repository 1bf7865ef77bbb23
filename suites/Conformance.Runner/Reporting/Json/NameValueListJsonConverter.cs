using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Runner.Reporting.Json;

/// <summary>
/// Header and output lists as <c>[{ "name": …, "value": … }]</c>: order and repeated names (two
/// <c>Set-Cookie</c> headers) survive, which an object keyed by name would lose.
/// </summary>
internal sealed class NameValueListJsonConverter : JsonConverter<IReadOnlyList<KeyValuePair<string, string>>>
{
    public override IReadOnlyList<KeyValuePair<string, string>> Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of { name, value } objects.");
        }

        var items = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            using var item = JsonDocument.ParseValue(ref reader);
            var name = item.RootElement.GetProperty("name").GetString() ?? string.Empty;
            var value = item.RootElement.GetProperty("value").GetString() ?? string.Empty;
            items.Add(new KeyValuePair<string, string>(name, value));
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, string>> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStartObject();
            writer.WriteString("name", item.Key);
            writer.WriteString("value", item.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
