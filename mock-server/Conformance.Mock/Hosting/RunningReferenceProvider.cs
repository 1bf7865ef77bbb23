using Conformance.Mock.Apis;
using Conformance.Mock.Clock;
using Conformance.Mock.WireMock;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Hosting;

/// <summary>A started reference provider. Dispose to stop it.</summary>
public sealed class RunningReferenceProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly IReadOnlyList<IApiModule> modules;
    private readonly WireMockEngine? engine;

    internal RunningReferenceProvider(WebApplication app, Uri baseAddress, WireMockEngine? engine)
    {
        this.app = app;
        this.engine = engine;
        BaseAddress = baseAddress;
        modules = app.Services.GetRequiredService<IReadOnlyList<IApiModule>>();
    }

    /// <summary>The first bound address with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    public ProviderClock Clock => app.Services.GetRequiredService<ProviderClock>();

    public IServiceProvider Services => app.Services;

    /// <summary>The modules' host (on the WireMock engine it serves in memory; requests arrive through <see cref="WireMock"/>).</summary>
    public WebApplication Application => app;

    /// <summary>The WireMock.Net server in front of the modules; null on the Kestrel engine.</summary>
    public global::WireMock.Server.WireMockServer? WireMock => engine?.Server;

    /// <summary>
    /// Requests the WireMock engine answered through a catch-all without scoring its mappings, which it
    /// does while no stub is registered (diagnostics; always 0 on the Kestrel engine).
    /// </summary>
    public long AnsweredWithoutMatching => engine?.Shortcut?.Served ?? 0;

    /// <summary>Base address of one API with a trailing slash, e.g. <c>http://127.0.0.1:41234/finum/v1/</c>.</summary>
    public Uri ApiBaseAddress(string apiId)
    {
        var module = modules.FirstOrDefault(m => m.ApiId == apiId)
            ?? throw new ArgumentException($"No module serves API '{apiId}'. Known: {string.Join(", ", modules.Select(m => m.ApiId))}.", nameof(apiId));
        return new Uri(BaseAddress, module.BasePath.TrimStart('/') + "/");
    }

    /// <summary>Advances the provider clock and runs everything that became due, like the admin API does.</summary>
    public async Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default)
    {
        Clock.Advance(by);
        await Services.GetRequiredService<ProviderScheduler>().RunDueAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        engine?.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
