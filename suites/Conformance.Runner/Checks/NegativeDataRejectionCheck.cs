using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A request whose parameters or body violate the documented schema gets the API's declared bad-input refusal (<c>x-conformance.refusals.badInput</c>), never a success and never a 5xx.</summary>
public sealed class NegativeDataRejectionCheck : ICheck
{
    public string Id => "negative_data_rejection";
    public string Title => "Schema-violating requests are refused as the API declares";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.12 Parameter Object, §4.8.13 Request Body Object; x-conformance refusals.badInput";
    public bool IsMandatory => false;
}
