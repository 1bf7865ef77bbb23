using Conformance.Mock.Admin;
using Conformance.Mock.Apis;
using Conformance.Mock.Callbacks;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;
using Conformance.Mock.Faults;
using Conformance.Mock.InMemory;
using Conformance.Mock.Journal;
using Conformance.Mock.State;
using Conformance.Mock.WireMock;
using Conformance.Specs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Hosting;

/// <summary>Builds and starts the reference provider: every discovered API module plus <c>/__admin</c>.</summary>
public static class ReferenceProvider
{
    /// <summary>Largest request body any API accepts (1 MiB); larger bodies get 413.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Kestrel's own body limit (16 MiB), above the APIs' 1 MiB: the API answers 413 itself and Kestrel
    /// then drains the unread rest, so the client reads the answer instead of a reset connection.
    /// </summary>
    public const long ServerBodyLimitBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The host's per-request log category. It writes nothing above Information, yet while it is
    /// enabled at all the host creates an <c>Activity</c> and a log scope for every request; off, it
    /// costs nothing (both engines, and WireMock.Net's own host).
    /// </summary>
    public const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Longest request line Kestrel reads (256 KiB): room for 1000 ids of 64 characters in one query.</summary>
    public const int MaxRequestLineBytes = 256 * 1024;

    /// <summary>
    /// Builds the modules' application without starting it. On the Kestrel engine it is the server;
    /// on the WireMock engine it runs on an <see cref="InMemoryServer"/> and <see cref="StartAsync(WebApplication, ReferenceProviderOptions, CancellationToken)"/>
    /// puts WireMock.Net in front. <paramref name="configure"/> runs last on the builder (tests use it,
    /// e.g., for a test server). Unknown defects, a bad allow-list entry or a missing mappings folder
    /// throw <see cref="ArgumentException"/>.
    /// </summary>
    public static WebApplication Build(ReferenceProviderOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var modules = options.Modules ?? ModuleCatalog.Discover();
        RequireDistinct(modules);
        ValidateDefects(options.Defects, modules);
        ModuleSettingsCheck.Require(modules, options.ModuleSettings);
        var fixtures = options.FixturesDirectory ?? FixturePaths.Require();
        if (options.MappingsDirectory is { } mappings && (options.Engine != ProviderEngine.WireMock || !Directory.Exists(mappings)))
        {
            throw new ArgumentException(options.Engine == ProviderEngine.WireMock
                ? $"Mappings folder {mappings} does not exist."
                : "Stub mappings need the WireMock engine (--engine wiremock).");
        }

        var clock = new ProviderClock(options.BaseTimeProvider);
        if (options.Engine == ProviderEngine.WireMock)
        {
            WireMockWarmStart.Begin();
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ReferenceProvider).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ServerBodyLimitBytes;
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestLineBytes + (32 * 1024);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.Quiet ? LogLevel.Warning : LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter(HostingDiagnostics, LogLevel.None);

        AddCoreServices(builder.Services, options, modules, clock);
        foreach (var module in modules)
        {
            module.AddServices(builder.Services, new ModuleContext
            {
                Options = options,
                FixturesDirectory = fixtures,
                ModuleDirectory = module.ModuleDirectory ?? Path.Combine(fixtures, "apis", module.ApiId),
                Clock = clock,
            });
        }

        if (options.Engine == ProviderEngine.WireMock)
        {
            builder.Services.AddSingleton<InMemoryServer>();
            builder.Services.AddSingleton<IServer>(sp => sp.GetRequiredService<InMemoryServer>());
            builder.Services.AddSingleton<WireMockStubReset>();
            builder.Services.AddSingleton<IResettable>(sp => sp.GetRequiredService<WireMockStubReset>());
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        UsePipeline(app, modules, options.Engine);
        return app;
    }

    public static async Task<RunningReferenceProvider> StartAsync(ReferenceProviderOptions options, CancellationToken ct = default)
    {
        var app = Build(options);
        try
        {
            return await StartAsync(app, options, ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts an application from <see cref="Build"/> with the same options, and on the WireMock engine WireMock.Net in front of it.</summary>
    public static async Task<RunningReferenceProvider> StartAsync(WebApplication app, ReferenceProviderOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Engine == ProviderEngine.WireMock)
        {
            // WireMock.Net's own host starts beside the modules (it takes about a quarter of a second
            // on its own) and holds every request until both are up and the engine is opened.
            var starting = Task.Run(() => WireMockEngine.Start(app.Services, options), CancellationToken.None);
            try
            {
                await app.StartAsync(ct);
            }
            catch
            {
                await DisposeAfterFailedStartAsync(starting);
                throw;
            }

            WireMockEngine engine;
            try
            {
                engine = await starting;
            }
            catch
            {
                await app.StopAsync(CancellationToken.None);
                throw;
            }

            app.Services.GetRequiredService<WireMockStubReset>().Engine = engine;
            engine.Open();
            var baseAddress = LoopbackBase(engine.Server.Urls[0]);
            LogServing(app, [baseAddress.ToString()]);
            return new RunningReferenceProvider(app, baseAddress, engine);
        }

        await app.StartAsync(ct);
        var first = app.Urls.FirstOrDefault() ?? throw new InvalidOperationException("The provider bound no address.");
        return new RunningReferenceProvider(app, LoopbackBase(first), null);
    }

    /// <summary>Stops a WireMock.Net engine whose modules failed to start; the modules' error is the one reported.</summary>
    private static async Task DisposeAfterFailedStartAsync(Task<WireMockEngine> starting)
    {
        try
        {
            (await starting).Dispose();
        }
#pragma warning disable CA1031 // The start already failed with the modules' error, which is rethrown; WireMock.Net's own would hide it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static Uri LoopbackBase(string first)
    {
        var uri = new UriBuilder(first) { Path = "/" };
        if (uri.Host is "0.0.0.0" or "[::]" or "+" or "*" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri;
    }

    /// <summary>Every defect any module offers, sorted by name.</summary>
    public static IReadOnlyList<DefectInfo> ListDefects() => ModuleCatalog.AllDefects();

    private static void RequireDistinct(IReadOnlyList<IApiModule> modules)
    {
        var twice = modules.GroupBy(m => m.ApiId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (twice.Count > 0)
        {
            throw new ArgumentException($"More than one module serves API {string.Join(", ", twice)}.");
        }
    }

    private static void ValidateDefects(IReadOnlySet<string> defects, IReadOnlyList<IApiModule> modules)
    {
        var known = ModuleCatalog.AllDefects(modules).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = defects.Where(d => !known.Contains(d)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown defect(s): {string.Join(", ", unknown)}. Known defects: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }
    }

    private static void AddCoreServices(IServiceCollection services, ReferenceProviderOptions options, IReadOnlyList<IApiModule> modules, ProviderClock clock)
    {
        services.AddSingleton(options);
        services.AddSingleton(clock);
        services.AddSingleton(new ProviderStartTime(clock.BaseProvider.GetTimestamp()));
        services.AddSingleton(modules);

        // Registered before the web server's own hosted service, so modules are ready before it binds.
        services.AddSingleton<ModuleStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<ModuleStartup>());
        services.AddSingleton<ProviderScheduler>();
        services.AddHostedService<SchedulerPump>();
        services.AddSingleton(new CallbackAllowList(options.CallbackAllowList));
        services.AddSingleton<CallbackDispatcher>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<CallbackDispatcher>());
        services.AddSingleton(new RequestJournal(options.JournalCapacity));
        services.AddSingleton(new FaultStore(options.Seed));
        services.AddSingleton(new ActiveDefects(options.Defects));
        services.AddSingleton<AdminGuard>();
    }

    /// <summary>
    /// On the WireMock engine WireMock.Net keeps the journal and our front middleware applies faults,
    /// so the in-memory pipeline has neither; everything a module's answer depends on is the same.
    /// </summary>
    private static void UsePipeline(WebApplication app, IReadOnlyList<IApiModule> modules, ProviderEngine engine)
    {
        app.UseMiddleware<ProviderDateMiddleware>();
        app.UseMiddleware<ReadinessMiddleware>();
        if (engine == ProviderEngine.Kestrel)
        {
            app.UseMiddleware<JournalMiddleware>();
        }

        app.UseMiddleware<ApiErrorMiddleware>();
        if (engine == ProviderEngine.Kestrel)
        {
            app.UseMiddleware<FaultMiddleware>();
        }

        app.UseMiddleware<ModuleAdminGuardMiddleware>();
        app.UseRouting();
        app.MapAdmin(modules);
        foreach (var module in modules)
        {
            module.Map(app.MapGroup(module.BasePath));
        }

        if (engine == ProviderEngine.Kestrel)
        {
            app.Lifetime.ApplicationStarted.Register(() => LogServing(app, [.. app.Urls]));
        }
    }

    private static void LogServing(WebApplication app, IReadOnlyList<string> urls)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Conformance.Mock");
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var engine = app.Services.GetRequiredService<ReferenceProviderOptions>().Engine;
        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<IApiModule>>())
        {
            foreach (var url in urls)
            {
                logger.LogInformation("{Api} serving {Url}{BasePath} ({Engine})", module.ApiId, url.TrimEnd('/'), module.BasePath, engine);
            }
        }
    }
}
