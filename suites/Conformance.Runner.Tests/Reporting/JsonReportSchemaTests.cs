using System.Runtime.CompilerServices;
using Conformance.Runner.Reporting;
using NJsonSchema;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>results.json against its published JSON Schema (<c>Reporting/Json/results.schema.json</c>).</summary>
internal sealed class JsonReportSchemaTests
{
    private static string SchemaPath([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "../../Conformance.Runner/Reporting/Json/results.schema.json"));

    [Test]
    public async Task Render_SampleRun_ValidatesAgainstTheSchema()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath());

        var errors = schema.Validate(JsonReportWriter.Render(SampleRuns.NotConformant()));

        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public async Task Validate_UnknownProperty_IsRejected()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath());
        var json = JsonReportWriter.Render(SampleRuns.Conformant()).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true,", StringComparison.Ordinal);

        var errors = schema.Validate(json);

        Assert.That(errors, Is.Not.Empty);
    }
}
