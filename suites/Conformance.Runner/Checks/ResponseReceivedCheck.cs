using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>Every request gets a complete HTTP response within the request timeout (no reset, no garbage, no hang).</summary>
public sealed class ResponseReceivedCheck : ICheck
{
    public string Id => "response_received";
    public string Title => "The provider answers every request";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "RFC 9110 §15 (a complete response to every request)";
    public bool IsMandatory => true;
}
