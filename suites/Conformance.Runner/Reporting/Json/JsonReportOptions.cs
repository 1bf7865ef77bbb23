using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Conformance.Runner.Reporting.Json;

/// <summary>
/// The serialiser settings of <c>results.json</c>: camelCase names in declaration order, enums as
/// camelCase strings, durations as milliseconds in properties suffixed <c>Ms</c>
/// (<c>durationMs</c>, <c>elapsedMs</c>), headers and outputs as <c>[{ "name", "value" }]</c>,
/// nulls written (every object always has the same properties).
/// </summary>
public static class JsonReportOptions
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            // A .json file is never rendered as HTML; keep non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SuffixDurations } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new NameValueListJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void SuffixDurations(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties.Where(p => p.PropertyType == typeof(TimeSpan)))
        {
            property.Name += "Ms";
            property.CustomConverter = new MillisecondsJsonConverter();
        }
    }
}
