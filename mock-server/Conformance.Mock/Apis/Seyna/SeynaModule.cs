using Conformance.Mock.Apis.Seyna.Http;
using Conformance.Mock.Apis.Seyna.State;
using Conformance.Mock.Defects;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Seyna;

/// <summary>
/// The Seyna API v2 under <c>/seyna/v2</c>: portfolios, contracts, receipts, claims and settlements
/// under client-chosen ids, every version kept, keyset cursors, HTTP Basic per API key, and the
/// invariants extension. Seeded from <c>seed.yaml</c>; <c>--seed-count seyna.contract=N</c> (and
/// <c>seyna.claim</c>) scales every seeded portfolio.
/// </summary>
public sealed class SeynaModule : IApiModule
{
    public const string Base = "/seyna/v2";

    public string ApiId => "seyna";

    public string BasePath => Base;

    public IReadOnlyList<DefectInfo> Defects => SeynaDefects.All;

    private static SeynaSeedSettings Empty { get; } = new()
    {
        ReferenceDate = DateTimeOffset.UnixEpoch,
        Portfolios = [],
        ApiKeys = [],
        Counts = new SeynaSeedCounts(),
        ReceiptsPerContract = [],
        SettlementsPerClaim = [],
    };

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A fixtures folder without Seyna's (e.g. one holding another API only) serves no portfolio and trusts no key.
        var settings = SeedFileReader.ReadOrDefault(context.SeedFile, Empty, SeynaSeedJsonContext.Default);
        var counts = context.Options.SeedCounts;
        var contracts = counts.GetValueOrDefault("seyna.contract", settings.Counts.Contract);
        var claims = counts.GetValueOrDefault("seyna.claim", settings.Counts.Claim);
        var keys = settings.ApiKeys.ToDictionary(
            k => k.Id,
            k => (Secret(context.FixturesDirectory, k.Id), (IReadOnlySet<string>)k.Portfolios.ToHashSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var store = new SeynaStore(settings, context.Options.Seed, contracts, claims);
        var rules = new SeynaBodyRules(Path.Combine(context.ModuleDirectory, "openapi.yaml"));
        services.AddSingleton(store);
        var initializer = new SeynaInitializer(store);

        // Seeding overlaps with building and starting the host; the host awaits it before it answers.
        initializer.Begin();
        services.AddSingleton<IModuleInitializer>(initializer);
        services.AddSingleton<IResettable>(store);
        services.AddSingleton(sp => new SeynaRuntime(
            store, new SeynaKeyring(keys), rules, SeynaCursorKey(context.Options.Seed), context.Clock, sp.GetRequiredService<ActiveDefects>()));
    }

    public void Map(RouteGroupBuilder group)
    {
        group.MapSeynaReads();
        group.MapSeynaWrites();
        group.MapSeynaInvariants();
    }

    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail) => SeynaResponses.ErrorAsync(context, statusCode, detail);

    private static byte[] SeynaCursorKey(int seed) => SeynaCursor.KeyFor(seed);

    /// <summary>
    /// The TEST-ONLY secret of a key: the runner's default <c>password.txt</c> for the key named in
    /// <c>username.txt</c>, else <c>&lt;key id&gt;.secret.txt</c> (both in <c>credentials/seyna/</c>).
    /// </summary>
    private static string Secret(string fixtures, string keyId)
    {
        var folder = Path.Combine(fixtures, "credentials", "seyna");
        var user = Path.Combine(folder, "username.txt");
        var path = File.Exists(user) && File.ReadAllText(user).Trim() == keyId ? Path.Combine(folder, "password.txt") : Path.Combine(folder, keyId + ".secret.txt");
        return File.Exists(path)
            ? File.ReadAllText(path).Trim()
            : throw new InvalidOperationException($"No secret for Seyna API key '{keyId}': expected {path}.");
    }
}
