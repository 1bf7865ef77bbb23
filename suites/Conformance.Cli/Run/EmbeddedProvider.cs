using Conformance.Mock.Hosting;

namespace Conformance.Cli.Run;

/// <summary>
/// Starts the reference provider in-process for a run without <c>--provider</c>, through the same
/// factory as the NUnit suites (<see cref="EmbeddedReferenceProvider"/>: free loopback port, short
/// lifecycle delays, warnings-only logging so its output does not mix with the run's progress).
/// </summary>
public static class EmbeddedProvider
{
    public static Task<RunningReferenceProvider> StartAsync(string fixturesDirectory, int? seed, CancellationToken cancellationToken) =>
        EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest { FixturesDirectory = fixturesDirectory, Seed = seed }, cancellationToken);

    /// <summary>Base URL of one API without a trailing slash, e.g. <c>http://127.0.0.1:41234/finum/v1</c>.</summary>
    public static string ApiBaseUrl(RunningReferenceProvider provider, string apiId) =>
        provider.ApiBaseAddress(apiId).ToString().TrimEnd('/');
}
