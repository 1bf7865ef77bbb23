using Conformance.Mock.Apis;

namespace Conformance.Mock.Hosting;

/// <summary>
/// The one way the product starts a reference provider in-process (the CLI's <c>run</c> without
/// <c>--provider</c>, the NUnit suites): a free loopback port, warnings-only logging, and each module
/// option's <see cref="ModuleOption.EmbeddedValue"/> (e.g. FiNUM's lifecycle delays of 300 ms) unless
/// the request sets it.
/// </summary>
public static class EmbeddedReferenceProvider
{
    public static ReferenceProviderOptions Options(EmbeddedProviderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var modules = request.Modules ?? ModuleCatalog.Discover();
        var given = request.ModuleSettings.Select(s => (s.ApiId, s.Name)).ToHashSet();
        var settings = new List<ModuleSetting>();
        foreach (var module in modules)
        {
            foreach (var option in module.Options)
            {
                if (option.EmbeddedValue is { } value && !given.Contains((module.ApiId, option.Name)))
                {
                    settings.Add(new ModuleSetting(module.ApiId, option.Name, value));
                }
            }
        }

        settings.AddRange(request.ModuleSettings);
        var options = new ReferenceProviderOptions
        {
            Urls = ["http://127.0.0.1:0"],
            FixturesDirectory = request.FixturesDirectory,
            Defects = request.Defects,
            ModuleSettings = settings,
            Modules = modules,
            BaseTimeProvider = request.BaseTimeProvider,
            Quiet = true,
        };
        options = request.Engine is { } engine ? options with { Engine = engine } : options;
        return request.Seed is { } seed ? options with { Seed = seed } : options;
    }

    public static Task<RunningReferenceProvider> StartAsync(EmbeddedProviderRequest? request = null, CancellationToken cancellationToken = default) =>
        ReferenceProvider.StartAsync(Options(request ?? new EmbeddedProviderRequest()), cancellationToken);
}
