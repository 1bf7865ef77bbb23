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
    /// <summary>Used when <c>seed.yaml</c> is missing or silent: the documented defaults.</summary>
    public static readonly SeedSettings DefaultSeed = new()
    {
        GlobalSeed = 0,
        ReferenceDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Counts = new Dictionary<string, int> { ["contract"] = 50, ["client"] = 30, ["product"] = 8, ["user"] = 5 },
        Delays = new Dictionary<string, TimeSpan> { ["proposal"] = TimeSpan.FromSeconds(2), ["activation"] = TimeSpan.FromSeconds(2) },
    };

    public string ApiId => "finum";

    public string BasePath => "/finum/v1";

    public IReadOnlyList<DefectInfo> Defects => FinumDefects.All;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        var options = context.Options;
        var seed = SeedSettingsLoader.Load(Path.Combine(context.ApiDirectory(ApiId), "seed.yaml"), DefaultSeed with { GlobalSeed = options.Seed });
        var counts = new Dictionary<string, int>(seed.Counts, StringComparer.Ordinal);
        foreach (var (key, count) in options.SeedCounts)
        {
            if (key.StartsWith(ApiId + ".", StringComparison.Ordinal))
            {
                counts[key[(ApiId.Length + 1)..]] = count;
            }
        }

        seed = seed with { GlobalSeed = options.Seed, Counts = counts };
        // Configured keys are checked now, so a bad file stops the start with a clear message.
        foreach (var path in options.TrustedConsumerKeys.Values)
        {
            _ = FinumTrustedKeys.FromPemFile(path);
        }

        // Seeding and key loading start now, in parallel with building and starting the host; the first
        // request that needs them waits for whatever is left.
        var storeTask = Task.Run(() => new FinumStore(seed));
        var verifierTask = Task.Run(async () =>
        {
            var verifier = new FinumJwtVerifier(context.Clock, FinumTrustedKeys.Load(context.FixturesDirectory, options.TrustedConsumerKeys));
            await verifier.VerifyAsync(FinumJwtVerifier.WarmUpHeader);
            return verifier;
        });
        services.AddSingleton(_ => storeTask.GetAwaiter().GetResult());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<FinumStore>());
        services.AddSingleton(_ => verifierTask.GetAwaiter().GetResult());
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
