using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A request built from the spec's examples and schemas is answered with a documented 2xx.</summary>
public sealed class PositiveDataAcceptanceCheck : ICheck
{
    public string Id => "positive_data_acceptance";
    public string Title => "Valid requests are accepted";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.16 Responses Object";
    public bool IsMandatory => false;
}
