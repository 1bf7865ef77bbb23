using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace Conformance.Specs.Validation;

/// <summary>Converts System.Text.Json nodes to Newtonsoft tokens for NJsonSchema, without a text round-trip.</summary>
internal static class JsonNodeConverter
{
    public static JToken ToToken(JsonNode? node) => node switch
    {
        null => JValue.CreateNull(),
        JsonObject obj => ToObject(obj),
        JsonArray array => new JArray(array.Select(ToToken)),
        JsonValue value => ToValue(value),
        _ => JValue.CreateNull(),
    };

    private static JObject ToObject(JsonObject obj)
    {
        var result = new JObject();
        foreach (var (name, value) in obj)
        {
            result[name] = ToToken(value);
        }

        return result;
    }

    private static JValue ToValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return new JValue(value.GetValue<string>());
            case JsonValueKind.True:
                return new JValue(true);
            case JsonValueKind.False:
                return new JValue(false);
            case JsonValueKind.Number:
                if (value.TryGetValue<long>(out var integer))
                {
                    return new JValue(integer);
                }

                var text = value.ToJsonString();
                return text.IndexOfAny(['.', 'e', 'E']) < 0 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer)
                    ? new JValue(integer)
                    : new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            default:
                return JValue.CreateNull();
        }
    }
}
