using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Conformance.Runner.Reporting;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>results.json against its published JSON Schema (<c>Reporting/Json/results.schema.json</c>).</summary>
internal sealed class JsonReportSchemaTests
{
    private static string SchemaPath([CallerFilePath] string callerPath = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "../../Conformance.Runner/Reporting/Json/results.schema.json"));

    private static SchemaValidationResult Validate(string json)
    {
        var node = JsonNode.Parse(File.ReadAllText(SchemaPath()))!;
        var validator = new JsonSchemaValidator(node, new SchemaValidatorOptions { DocumentUri = new Uri(SchemaPath()) });
        return validator.Validate(new SpecSchema(string.Empty, node), json);
    }

    [Test]
    public void Render_SampleRun_ValidatesAgainstTheSchema()
    {
        var result = Validate(JsonReportWriter.Render(SampleRuns.NotConformant()));

        Assert.That(result.Findings, Is.Empty);
    }

    [Test]
    public void Validate_UnknownProperty_IsRejected()
    {
        var json = JsonReportWriter.Render(SampleRuns.Conformant()).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true,", StringComparison.Ordinal);

        var result = Validate(json);

        Assert.That(result.Findings, Is.Not.Empty);
    }
}
