using Conformance.Mock.Hosting;

namespace Conformance.Mock.Apis;

/// <summary>What a module gets to configure itself: the options and where its fixtures are.</summary>
public sealed record ModuleContext(ReferenceProviderOptions Options, string FixturesDirectory)
{
    /// <summary>e.g. <c>fixtures/apis/finum</c>.</summary>
    public string ApiDirectory(string apiId) => Path.Combine(FixturesDirectory, "apis", apiId);
}
