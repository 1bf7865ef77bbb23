using Conformance.Mock.Hosting;

namespace Conformance.Cli.Run;

/// <summary>
/// Starts the reference provider in-process on a free loopback port for a run without
/// <c>--provider</c>. Lifecycle delays are short so that the proposal flows finish quickly; the
/// provider logs warnings only, so its output does not mix with the run's progress.
/// </summary>
public static class EmbeddedProvider
{
    /// <summary>120 → 130 and 230 → 320 delays on the provider clock (seed.yaml documents 2 s).</summary>
    public static readonly TimeSpan LifecycleDelay = TimeSpan.FromMilliseconds(300);

    public static Task<RunningReferenceProvider> StartAsync(string fixturesDirectory, int? seed, CancellationToken cancellationToken)
    {
        var options = new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            FixturesDirectory = fixturesDirectory,
            ProposalDelay = LifecycleDelay,
            ActivationDelay = LifecycleDelay,
            Quiet = true,
        };
        if (seed is { } value)
        {
            options = options with { Seed = value };
        }

        return ReferenceProvider.StartAsync(options, cancellationToken);
    }

    /// <summary>Base URL of one API without a trailing slash, e.g. <c>http://127.0.0.1:41234/finum/v1</c>.</summary>
    public static string ApiBaseUrl(RunningReferenceProvider provider, string apiId) =>
        provider.ApiBaseAddress(apiId).ToString().TrimEnd('/');
}
