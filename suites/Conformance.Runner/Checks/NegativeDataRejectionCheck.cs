using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A request whose parameters or body violate the documented schema is refused with a documented client error, never accepted and never a 5xx.</summary>
public sealed class NegativeDataRejectionCheck : ICheck
{
    public string Id => "negative_data_rejection";
    public string Title => "Schema-violating requests are rejected with a documented 4xx";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.12 Parameter Object, §4.8.13 Request Body Object";
    public bool IsMandatory => false;
}
