using Conformance.Mock.Admin;
using Conformance.Mock.Clock;
using Conformance.Mock.Faults;
using Conformance.Mock.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Server;

namespace Conformance.Mock.WireMock;

/// <summary>
/// The reference provider in a consumer's own test: <see cref="StartAsync"/> serves every API on a
/// free loopback port behind WireMock.Net and hands back its <see cref="Server"/>, so the test adds
/// its own <c>Given(…).RespondWith(…)</c> stubs (any priority below <see cref="WireMockEngine.CatchAllPriority"/>
/// wins over the modules), with the provider's clock and admin operations at hand, without HTTP.
/// </summary>
public sealed class ReferenceProviderServer : IAsyncDisposable
{
    private readonly RunningReferenceProvider provider;

    private ReferenceProviderServer(RunningReferenceProvider provider)
    {
        this.provider = provider;
        Server = provider.WireMock ?? throw new InvalidOperationException("The WireMock engine did not start.");
    }

    /// <summary>WireMock.Net in front of the modules: stubs, journal (<c>LogEntries</c>, <c>FindLogEntries</c>), scenarios.</summary>
    public WireMockServer Server { get; }

    /// <summary>e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => provider.BaseAddress;

    /// <summary>The provider clock: lifecycle delays, callback backoff and token expiry run on it.</summary>
    public ProviderClock Clock => provider.Clock;

    /// <summary>
    /// Starts the provider as the CLI's embedded runs do (short lifecycle delays, quiet), always on
    /// the WireMock engine. Fixtures are found beside the test binary (the package copies them there).
    /// </summary>
    public static async Task<ReferenceProviderServer> StartAsync(EmbeddedProviderRequest? request = null, CancellationToken cancellationToken = default)
    {
        var started = await EmbeddedReferenceProvider.StartAsync((request ?? new EmbeddedProviderRequest()) with { Engine = ProviderEngine.WireMock }, cancellationToken);
        return new ReferenceProviderServer(started);
    }

    /// <summary>Base address of one API with a trailing slash, e.g. <c>http://127.0.0.1:41234/finum/v1/</c>.</summary>
    public Uri ApiBaseAddress(string apiId) => provider.ApiBaseAddress(apiId);

    /// <summary>Advances the provider clock and runs everything that became due (callbacks, lifecycle steps).</summary>
    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default) => provider.AdvanceAsync(by, cancellationToken);

    /// <summary>What <c>POST /__admin/reset</c> does: seeded state back, journals, faults, stubs added since start and scenarios cleared.</summary>
    public void Reset() => AdminStatusHandlers.Reset(provider.Services);

    /// <summary>Injects a fault (latency, status, drop, stall) as <c>POST /__admin/faults</c> does; returns the stored rule with its id.</summary>
    public FaultRule AddFault(FaultRule rule) => provider.Services.GetRequiredService<FaultStore>().Add(rule);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
