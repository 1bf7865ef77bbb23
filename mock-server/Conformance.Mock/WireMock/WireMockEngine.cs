using System.Security.Cryptography;
using System.Text;
using Conformance.Mock.Apis;
using Conformance.Mock.Hosting;
using Conformance.Mock.InMemory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Mock.WireMock;

/// <summary>
/// The reference provider on WireMock.Net: one catch-all mapping per API base path, at the lowest
/// priority, hands the request to the modules in memory, so any stub a consumer adds wins. Our own
/// admin endpoints, the admin guard and faults run in a middleware in front of WireMock.Net.
/// </summary>
public sealed class WireMockEngine : IDisposable
{
    /// <summary>The catch-alls' priority: WireMock.Net serves the lowest number first, and stubs default to 0.</summary>
    public const int CatchAllPriority = int.MaxValue;

    private readonly IReadOnlyList<IApiModule> modules;
    private readonly ModuleCallback callback;
    private readonly string? mappingsDirectory;
    private readonly Lock gate = new();
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IServiceProvider? wireMockServices;

    private WireMockEngine(IServiceProvider services, ReferenceProviderOptions options)
    {
        modules = services.GetRequiredService<IReadOnlyList<IApiModule>>();
        var inMemory = services.GetRequiredService<InMemoryServer>();
        callback = new ModuleCallback(inMemory);
        mappingsDirectory = options.MappingsDirectory;
        var settings = new WireMockServerSettings
        {
            Urls = [.. options.Urls],
            StartAdminInterface = true,
            MaxRequestLogCount = Math.Max(1, options.JournalCapacity),
            AllowPartialMapping = false,
            ReadStaticMappings = false,
            WatchStaticMappings = false,
            DisableRequestBodyDecompressing = true,
            Logger = new WireMockNullLogger(),
            AdditionalServiceRegistration = registrations =>
            {
                registrations.Configure<KestrelServerOptions>(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.Limits.MaxRequestBodySize = ReferenceProvider.ServerBodyLimitBytes;
                    kestrel.Limits.MaxRequestLineSize = ReferenceProvider.MaxRequestLineBytes;
                    kestrel.Limits.MaxRequestHeadersTotalSize = ReferenceProvider.MaxRequestLineBytes + (32 * 1024);
                });
                registrations.Configure<LoggerFilterOptions>(filters =>
                    filters.Rules.Add(new LoggerFilterRule(null, ReferenceProvider.HostingDiagnostics, LogLevel.None, null)));
            },
            PreWireMockMiddlewareInit = app =>
            {
                var builder = (IApplicationBuilder)app;
                wireMockServices = builder.ApplicationServices;
                builder.Use(next => new WireMockFrontMiddleware(next, services, inMemory, this).InvokeAsync);
            },
        };
        Server = WireMockServer.Start(settings);
        try
        {
            LoadStubs();
            Shortcut = wireMockServices is null ? null : CatchAllShortcut.Create(Server, wireMockServices, modules, out _);
            Shortcut?.WarmUp();
        }
        catch
        {
            Server.Stop();
            Server.Dispose();
            throw;
        }
    }

    public WireMockServer Server { get; }

    /// <summary>Answers requests only a catch-all could match without WireMock.Net scoring every mapping; null when unavailable.</summary>
    internal CatchAllShortcut? Shortcut { get; private set; }

    /// <summary>Completes when <see cref="Open"/> is called; every request waits for it. Canceled when the engine is disposed first.</summary>
    internal Task WhenOpen => opened.Task;

    /// <summary>
    /// Starts WireMock.Net in front of the modules (<paramref name="services"/> of their host), which may
    /// still be starting: requests are held until <see cref="Open"/>.
    /// </summary>
    public static WireMockEngine Start(IServiceProvider services, ReferenceProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        return new WireMockEngine(services, options);
    }

    /// <summary>Lets requests through, once the modules' host has started.</summary>
    public void Open() => opened.TrySetResult();

    /// <summary>Puts back any catch-all an admin call removed (deleting every mapping must not take the provider down).</summary>
    public void EnsureModuleMappings()
    {
        lock (gate)
        {
            var present = Server.Mappings.Select(m => m.Guid).ToHashSet();
            foreach (var module in modules)
            {
                var guid = CatchAllGuid(module.ApiId);
                if (present.Contains(guid))
                {
                    continue;
                }

                Server.Given(Request.Create().WithPath(module.BasePath, module.BasePath + "/*"))
                    .WithGuid(guid)
                    .WithTitle($"{module.ApiId}: the reference provider's module (catch-all)")
                    .AtPriority(CatchAllPriority)
                    .RespondWith(Response.Create().WithCallback(callback.AnswerAsync));
            }
        }
    }

    /// <summary>
    /// WireMock.Net's part of the provider's reset: journal and scenarios cleared, mappings back to the
    /// catch-alls plus <c>--mappings</c>. The catch-alls stay in place throughout, so requests served
    /// during a reset never meet a provider without its modules.
    /// </summary>
    public void ResetStubs()
    {
        Server.ResetLogEntries();
        Server.ResetScenarios();
        var catchAlls = modules.Select(m => CatchAllGuid(m.ApiId)).ToHashSet();
        foreach (var mapping in Server.Mappings.Where(m => !m.IsAdminInterface && !catchAlls.Contains(m.Guid)).ToList())
        {
            Server.DeleteMapping(mapping.Guid);
        }

        LoadStubs();
    }

    public void Dispose()
    {
        opened.TrySetCanceled();
        Server.Stop();
        Server.Dispose();
    }

    /// <summary>A stable id per API, so a catch-all keeps its GUID across resets and restarts.</summary>
    public static Guid CatchAllGuid(string apiId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("conformance-module:" + apiId)).AsSpan(0, 16));

    private void LoadStubs()
    {
        EnsureModuleMappings();
        if (mappingsDirectory is null)
        {
            return;
        }

        foreach (var file in Directory.GetFiles(mappingsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            if (StubMappingCheck.Problem(json) is { } problem)
            {
                throw new ArgumentException($"Mapping file {file}: {problem}");
            }

            Server.WithMapping(json);
        }
    }
}
