using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>A step waiting for a callback receives a matching inbound request before its timeout.</summary>
public sealed class CallbackReceivedCheck : ICheck
{
    public string Id => "callback_received";
    public string Title => "The provider sends the documented callback";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "OpenAPI 3.1 §4.8.18 Callback Object; docs/flows.md x-conformance-await-callback";
    public bool IsMandatory => false;
}
