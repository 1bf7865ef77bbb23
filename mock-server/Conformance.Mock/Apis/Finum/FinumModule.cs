using Conformance.Mock.Apis.Finum.Auth;
using Conformance.Mock.Apis.Finum.Endpoints;
using Conformance.Mock.Apis.Finum.Http;
using Conformance.Mock.Apis.Finum.Lifecycle;
using Conformance.Mock.Apis.Finum.State;
using Conformance.Mock.Defects;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Finum;

/// <summary>The FiNUM Sync API under <c>/finum/v1</c>: every operation of its contract, with state and lifecycle.</summary>
public sealed class FinumModule : IApiModule
{
    public string ApiId => "finum";

    public string BasePath => "/finum/v1";

    public IReadOnlyList<DefectInfo> Defects => FinumDefects.All;

    public IReadOnlyList<ModuleOption> Options => FinumOptions.Declared;

    /// <summary>The runtime seed settings: the file's values, the global seed and any <c>--seed-count finum.*</c>.</summary>
    public static SeedSettings ToSeedSettings(FinumSeedSettings file, int globalSeed, IReadOnlyDictionary<string, int> seedCounts, string apiId)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(seedCounts);
        var counts = new Dictionary<string, int>(file.Counts.ToDictionary(), StringComparer.Ordinal);
        foreach (var (key, count) in seedCounts)
        {
            if (key.StartsWith(apiId + ".", StringComparison.Ordinal))
            {
                counts[key[(apiId.Length + 1)..]] = count;
            }
        }

        return new SeedSettings
        {
            GlobalSeed = globalSeed,
            ReferenceDate = file.ReferenceDate.ToUniversalTime(),
            Counts = counts,
            Delays = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
            {
                ["proposal"] = TimeSpan.FromSeconds(file.ProposalDelaySeconds),
                ["activation"] = TimeSpan.FromSeconds(file.ActivationDelaySeconds),
            },
        };
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The seed file is bound in the background with the seeding (the YAML reader's first use costs
        // about 0.1 s); a bad file still stops the start, from the host's asynchronous start-up.
        var seedFile = context.SeedFile;
        var providerOptions = context.Options;
        SeedSettings Seed() => ToSeedSettings(
            SeedFileReader.ReadOrDefault(seedFile, new FinumSeedSettings(), FinumSeedJsonContext.Default), providerOptions.Seed, providerOptions.SeedCounts, ApiId);
        var options = FinumOptions.From(context, ApiId);

        // Configured keys are checked now, so a bad file stops the start with a clear message.
        foreach (var path in options.TrustedConsumerKeys.Values)
        {
            _ = FinumTrustedKeys.FromPemFile(path);
        }

        var runtime = new FinumRuntime(Seed, context.Clock, context.FixturesDirectory, options);

        // Seeding and key loading overlap with building and starting the host; the host awaits them before it answers.
        runtime.Begin();
        services.AddSingleton(options);
        services.AddSingleton(runtime);
        services.AddSingleton<IModuleInitializer>(runtime);
        services.AddSingleton(_ => runtime.Store);
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<FinumStore>());
        services.AddSingleton(_ => runtime.Verifier);
        services.AddSingleton<FinumAuthGate>();
        services.AddSingleton<FinumSerializer>();
        services.AddSingleton<FinumResponses>();
        services.AddSingleton<FinumLifecycle>();
    }

    public void Map(RouteGroupBuilder group)
    {
        group.MapFinumMisc();
        group.MapFinumLists();
        group.MapFinumWrites();
    }

    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail) =>
        FinumProblems.WriteAsync(context, statusCode, detail);
}
