using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A method the spec does not document for a path is refused (405 or 404, any 4xx), never a 2xx success (a refusal the API declares, such as HTTP 200 with an error member, is no success).</summary>
public sealed class UndocumentedMethodRejectionCheck : ICheck
{
    public string Id => "undocumented_method_rejection";
    public string Title => "Undocumented methods do not succeed";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.9 Path Item Object; RFC 9110 §15.5.6";
    public bool IsMandatory => false;
}
