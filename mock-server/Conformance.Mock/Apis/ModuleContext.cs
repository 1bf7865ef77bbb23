using Conformance.Mock.Clock;
using Conformance.Mock.Hosting;

namespace Conformance.Mock.Apis;

/// <summary>What a module gets to configure itself: the options, where its fixtures are, and the provider clock.</summary>
public sealed record ModuleContext(ReferenceProviderOptions Options, string FixturesDirectory, ProviderClock Clock)
{
    /// <summary>e.g. <c>fixtures/apis/finum</c>.</summary>
    public string ApiDirectory(string apiId) => Path.Combine(FixturesDirectory, "apis", apiId);
}
