using System.Text.Json;

namespace Conformance.Runner.Reporting.Json;

/// <summary>Reads a <c>results.json</c> back (e.g. to compare runs or re-render a report).</summary>
public static class JsonReportReader
{
    /// <summary>Null when <paramref name="json"/> is not a results document of a supported schema version.</summary>
    public static JsonReportDocument? Read(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<JsonReportDocument>(json, JsonReportOptions.Options);
            return document?.SchemaVersion == JsonReportDocument.CurrentSchemaVersion ? document : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
