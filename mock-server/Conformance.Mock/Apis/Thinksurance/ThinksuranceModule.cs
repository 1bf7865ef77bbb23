using Conformance.Mock.Apis.Thinksurance.Auth;
using Conformance.Mock.Apis.Thinksurance.Endpoints;
using Conformance.Mock.Apis.Thinksurance.Http;
using Conformance.Mock.Apis.Thinksurance.Lifecycle;
using Conformance.Mock.Apis.Thinksurance.Seeding;
using Conformance.Mock.Apis.Thinksurance.State;
using Conformance.Mock.Apis.Thinksurance.Webhooks;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Defects;
using Conformance.Mock.Seeding;
using Conformance.Mock.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance;

/// <summary>
/// The Thinksurance Public API V1.1 under <c>/thinksurance</c>: tokens, agency numbers, brokers, the
/// legacy IP Notification reads and the <c>inquiryNotification</c> webhook, every failure HTTP 200 with
/// <c>error</c>; admin hooks under <c>/__admin/thinksurance/</c> for what the platform does out of band.
/// </summary>
public sealed class ThinksuranceModule : IApiModule
{
    public string ApiId => "thinksurance";

    public string BasePath => "/thinksurance";

    public IReadOnlyList<DefectInfo> Defects => ThinksuranceDefects.All;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);
        var settings = File.Exists(context.SeedFile) ? SeedFileReader.Read<ThinksuranceSeedSettings>(context.SeedFile, ThinksuranceSeedJsonContext.Default) : Unseeded;
        var globalSeed = context.Options.Seed;
        var store = new ThinksuranceStore(settings, () => ThinksuranceSeeder.Seed(settings, globalSeed));
        var tokens = new ThinksuranceTokens(context.Clock, TimeSpan.FromMinutes(settings.TokenLifetimeMinutes), ActiveSecrets(settings, context.FixturesDirectory));
        services.AddSingleton(store);
        services.AddSingleton<IModuleInitializer>(store);
        services.AddSingleton<IResettable>(store);
        services.AddSingleton(tokens);
        services.AddSingleton<IResettable>(tokens);
        services.AddSingleton(sp => new ThinksuranceGate(tokens, store));
        services.AddSingleton(sp => new ThinksuranceWebhooks(sp.GetRequiredService<CallbackDispatcher>(), sp.GetRequiredService<ActiveDefects>(), globalSeed, settings.Account.Tag));
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<ThinksuranceWebhooks>());
        services.AddSingleton(sp => new InquiryLifecycle(store, sp.GetRequiredService<ThinksuranceWebhooks>(), context.Clock, globalSeed));
    }

    /// <summary>Without a <c>seed.yaml</c>: no account token, no API user, no records (every call is refused).</summary>
    private static ThinksuranceSeedSettings Unseeded => new()
    {
        ReferenceDate = DateTimeOffset.UnixEpoch,
        Counts = new ThinksuranceSeedCounts(),
        Account = new ThinksuranceAccount { Tag = "unseeded", AToken = string.Empty },
        ApiUsers = [],
        Brokers = new ThinksuranceBrokerIds { BExternalIdFormat = "B{index:000}" },
        Inquiries = new ThinksuranceInquiryIds { Statuses = [] },
    };

    public void Map(RouteGroupBuilder group)
    {
        group.MapThinksuranceTokens();
        group.MapThinksuranceAgencyNumbers();
        group.MapThinksuranceBrokers();
        group.MapThinksuranceNotifications();
    }

    public void MapAdmin(RouteGroupBuilder group) => group.MapThinksuranceAdmin();

    /// <summary>
    /// The contract's convention: a client-side failure (unknown route, method, unreadable body) is HTTP
    /// 200 with <c>error</c>; a server-side one (500, an injected 5xx fault) keeps its status.
    /// </summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string detail)
    {
        var message = statusCode == StatusCodes.Status413PayloadTooLarge ? ThinksuranceErrors.TooLarge : detail;
        return statusCode >= 500
            ? ThinksuranceResponses.WriteAsync(context, new System.Text.Json.Nodes.JsonObject { ["error"] = message }, statusCode)
            : ThinksuranceResponses.ErrorAsync(context, message);
    }

    /// <summary>
    /// Active API users and their secrets: a user's secret is the test-only <c>secret.txt</c> when
    /// <c>hash.txt</c> names that user; a user without a secret can never get a token.
    /// </summary>
    private static Dictionary<string, string> ActiveSecrets(ThinksuranceSeedSettings settings, string fixtures)
    {
        var folder = Path.Combine(fixtures, "credentials", "thinksurance");
        var hashFile = Path.Combine(folder, "hash.txt");
        var secretFile = Path.Combine(folder, "secret.txt");
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(hashFile) && File.Exists(secretFile))
        {
            var hash = File.ReadAllText(hashFile).Trim();
            if (settings.ApiUsers.Any(u => u.Active && u.Hash == hash))
            {
                secrets[hash] = File.ReadAllText(secretFile).Trim();
            }
        }

        return secrets;
    }
}
