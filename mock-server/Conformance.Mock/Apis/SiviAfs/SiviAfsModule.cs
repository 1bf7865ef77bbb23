using Conformance.Mock.Apis.SiviAfs.Auth;
using Conformance.Mock.Apis.SiviAfs.Endpoints;
using Conformance.Mock.Apis.SiviAfs.Http;
using Conformance.Mock.Defects;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Conformance.Mock.Apis.SiviAfs;

/// <summary>
/// The SIVI AFS API-framework under <c>/sivi-afs/v1</c>: OAuth client credentials, and policies,
/// claims and parties with retrieve (query parameters, history), new, change and termination, and
/// the rate function, as <c>fixtures/apis/sivi-afs/openapi.yaml</c> fixes them.
/// </summary>
public sealed class SiviAfsModule : IApiModule
{
    public string ApiId => "sivi-afs";

    public string BasePath => "/sivi-afs/v1";

    public IReadOnlyList<DefectInfo> Defects => SiviAfsDefects.All;

    /// <summary>The seed counts: the file's, overridden by <c>--seed-count sivi-afs.&lt;cluster&gt;=N</c>.</summary>
    public static SiviAfsClusters<int> Counts(SiviAfsSeedSettings file, IReadOnlyDictionary<string, int> overrides)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(overrides);
        int Count(string cluster, int fallback) => overrides.TryGetValue("sivi-afs." + cluster, out var n) ? n : fallback;
        return new SiviAfsClusters<int>
        {
            Policy = Math.Max(1, Count("policy", file.Counts.Policy)),
            Claim = Math.Max(1, Count("claim", file.Counts.Claim)),
            Party = Math.Max(1, Count("party", file.Counts.Party)),
        };
    }

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seedFile = context.SeedFile;
        var contract = Path.Combine(context.ModuleDirectory, "openapi.yaml");
        if (!File.Exists(contract))
        {
            throw new SeedFileException($"sivi-afs: the contract {contract} is missing; the module reads its query catalogue and request schemas from it.");
        }

        var options = context.Options;
        var runtime = new SiviAfsRuntime(
            () => SeedFileReader.Read<SiviAfsSeedSettings>(seedFile, SiviAfsSeedJsonContext.Default),
            file => Counts(file, options.SeedCounts),
            options.Seed,
            contract,
            Path.Combine(context.FixturesDirectory, "credentials", ApiId));
        runtime.Begin();
        var tokens = new SiviAfsTokens(context.Clock, () => TimeSpan.FromSeconds(runtime.Settings.TokenLifetimeSeconds));
        services.AddSingleton(runtime);
        services.AddSingleton<IModuleInitializer>(runtime);
        services.AddSingleton<IResettable>(runtime);
        services.AddSingleton(tokens);
        services.AddSingleton<IResettable>(tokens);
        services.AddSingleton(sp => new SiviAfsVersioning(sp.GetRequiredService<SiviAfsRuntime>().Settings.Versions.Served, sp.GetRequiredService<SiviAfsRuntime>().Settings.Versions.Current));
        services.AddSingleton<SiviAfsDefectSwitches>();
    }

    public void MapAdmin(RouteGroupBuilder group) => group.MapSiviAfsAdmin();

    public void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var services = ((IEndpointRouteBuilder)group).ServiceProvider;
        var runtime = services.GetRequiredService<SiviAfsRuntime>();
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(runtime.BeginBook);
        group.MapPost("/oauth/token", SiviAfsTokenEndpoint.HandleAsync);
        group.MapSiviAfsRetrieves();
        group.MapSiviAfsWrites();
        group.MapPost("/policies/rates/new", SiviAfsRateEndpoint.HandleAsync);
    }

    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail) =>
        SiviAfsErrors.WriteAsync(context, statusCode, detail);
}
