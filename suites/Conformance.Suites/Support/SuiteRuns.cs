using Conformance.Mock.Hosting;
using Conformance.Runner.Engine;
using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Suites.Support;

/// <summary>
/// One run of <see cref="ConformanceRunner.RunApiAsync"/> per API for the whole test session,
/// shared by the flow and generated-case fixtures (each test case asserts its part of the result).
/// The embedded reference provider (the CLI's factory) is started on first use and stopped by <see cref="SuiteSession"/>.
/// </summary>
public static class SuiteRuns
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, ApiRunResult> Results = new(StringComparer.Ordinal);
    private static RunningReferenceProvider? provider;

    public static async Task<ApiRunResult> GetAsync(string apiId)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Results.TryGetValue(apiId, out var result))
            {
                result = await RunAsync(apiId);
                Results[apiId] = result;
            }

            return result;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
            provider = null;
        }
    }

    private static async Task<ApiRunResult> RunAsync(string apiId)
    {
        var settings = SuiteSettings.Current;
        var profile = settings.LoadProfile();
        string baseUrl;
        if (settings.ProviderUrl is { } url)
        {
            baseUrl = url;
        }
        else if (profile?.Apis.GetValueOrDefault(apiId)?.BaseUrl is { } fromProfile)
        {
            baseUrl = fromProfile;
        }
        else
        {
            provider ??= await EmbeddedReferenceProvider.StartAsync();
            baseUrl = provider.ApiBaseAddress(apiId).ToString().TrimEnd('/');
            profile ??= ReferenceProfile();
        }

        var request = new ApiRunRequest
        {
            ApiId = apiId,
            ProviderBaseUrl = baseUrl,
            SpecPath = SuiteCatalog.SpecFile(apiId),
            FlowFiles = SuiteCatalog.FlowFiles(apiId),
            Profile = profile?.Apis.GetValueOrDefault(apiId),
            FixturesDirectory = SuiteCatalog.Fixtures,
        };
        return await new ConformanceRunner().RunApiAsync(request, NullRunListener.Instance, CancellationToken.None);
    }

    /// <summary>The reference provider's own profile (its optional flows apply), base URL replaced by the embedded one.</summary>
    internal static Runner.Profiles.ProviderProfile? ReferenceProfile()
    {
        var path = Path.Combine(SuiteCatalog.Fixtures, "profiles", "reference-provider.yaml");
        return File.Exists(path) ? Runner.Profiles.ProviderProfileLoader.LoadFile(path).Profile : null;
    }
}
