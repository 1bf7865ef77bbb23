using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>The provider's base URL accepts connections.</summary>
public sealed class ProviderReachableCheck : ICheck
{
    public string Id => "provider_reachable";
    public string Title => "The provider can be reached";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "Runner: reachability probe";
    public bool IsMandatory => true;
}
