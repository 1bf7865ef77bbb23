using System.Text.Json;
using Conformance.Runner.Reporting.Json;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// <c>results.json</c>: the whole result model for machines, wrapped in a <see cref="JsonReportDocument"/>
/// (schema version and summary). Shape and naming: <see cref="JsonReportOptions"/>; JSON Schema:
/// <c>Reporting/Json/results.schema.json</c> (draft-07, checked against the output by the tests).
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string FileName => "results.json";

    public Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);

    /// <summary>The file's content; secrets are masked again first (<see cref="SecretRedactor"/>).</summary>
    public static string Render(RunResult result)
    {
        var redacted = SecretRedactor.Redact(result);
        var document = new JsonReportDocument { Summary = JsonReportSummary.Of(redacted), Run = redacted };
        return JsonSerializer.Serialize(document, JsonReportOptions.Options) + "\n";
    }
}
