using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// A request to a secured operation without credentials, or with expired, forged, wrong-key, alg-none or
/// garbage credentials, gets the API's declared credentials refusal (<c>x-conformance.refusals.credentials</c>:
/// 401 for most APIs, HTTP 200 with <c>/error</c> for Thinksurance) and never succeeds.
/// </summary>
public sealed class AuthRequiredCheck : ICheck
{
    public string Id => "auth_required";
    public string Title => "Missing or wrong credentials are refused as the API declares";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.30 Security Requirement Object; RFC 9110 §15.5.2; x-conformance refusals.credentials";
    public bool IsMandatory => true;
}
