using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Linq.Expressions;
using System.Reflection;
using Conformance.Mock.Apis;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Logging;
using WireMock.Server;

namespace Conformance.Mock.WireMock;

/// <summary>
/// What WireMock.Net would do for a request when nothing but its own admin mappings and our
/// catch-alls is registered, without scoring every mapping: the request is mapped and answered by
/// WireMock.Net's own request mapper, catch-all and response mapper, and journalled as WireMock.Net
/// journals it (the catch-all as match and as near miss, its real match result). Scoring is what
/// WireMock.Net spends most of a request on (about 60 admin mappings, each scored and sorted), and with
/// no stub registered its outcome is known: the catch-all of the request's base path.
/// </summary>
/// <remarks>
/// The shortcut is taken only when the outcome is certain: no mapping besides the admin interface and
/// the catch-alls, the path under a module's base path as the catch-all's wildcard reads it, and none
/// of the settings that change how WireMock.Net serves a match (a global delay, partial mapping,
/// serialised handling, tracing, a journal expiry). Anything else, the first stub included, goes
/// through WireMock.Net's middleware. It reaches WireMock.Net.Minimal's internal request and response
/// mappers and journal (pinned in <c>Directory.Packages.props</c>); if they are not found, it stays
/// off and every request is served by WireMock.Net's middleware.
/// </remarks>
internal sealed class CatchAllShortcut
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly IReadOnlyList<IApiModule> modules;
    private readonly ConcurrentDictionary<Guid, IMapping> mappings;
    private readonly Collection<LogEntry> journal;
    private readonly Func<Settings> settings;
    private readonly Func<HttpContext, Task<RequestMessage>> mapRequest;
    private readonly Func<IResponseMessage, HttpResponse, Task> mapResponse;
    private readonly Lock journalGate = new();
    private readonly int baseline;
    private long served;

    private CatchAllShortcut(
        IReadOnlyList<IApiModule> modules,
        ConcurrentDictionary<Guid, IMapping> mappings,
        Collection<LogEntry> journal,
        Func<Settings> settings,
        Func<HttpContext, Task<RequestMessage>> mapRequest,
        Func<IResponseMessage, HttpResponse, Task> mapResponse)
    {
        this.modules = modules;
        this.mappings = mappings;
        this.journal = journal;
        this.settings = settings;
        this.mapRequest = mapRequest;
        this.mapResponse = mapResponse;
        baseline = mappings.Values.Count(m => m.IsAdminInterface) + modules.Count;
    }

    /// <summary>Requests answered without scoring the mappings (tests and diagnostics).</summary>
    public long Served => Interlocked.Read(ref served);

    /// <summary>
    /// The shortcut for <paramref name="server"/>, whose catch-alls are in place; null when WireMock.Net's
    /// internals it needs are not there (another WireMock.Net version), with the reason.
    /// </summary>
    public static CatchAllShortcut? Create(WireMockServer server, IServiceProvider wireMockServices, IReadOnlyList<IApiModule> modules, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(wireMockServices);
        reason = null;
        var assembly = typeof(WireMockServer).Assembly;
        var optionsType = assembly.GetType("WireMock.Owin.IWireMockMiddlewareOptions");
        var requestMapperType = assembly.GetType("WireMock.Owin.Mappers.IOwinRequestMapper");
        var responseMapperType = assembly.GetType("WireMock.Owin.Mappers.IOwinResponseMapper");
        var options = typeof(WireMockServer).GetField("_options", Instance)?.GetValue(server);
        if (optionsType is null || requestMapperType is null || responseMapperType is null || options is null || !optionsType.IsInstanceOfType(options))
        {
            reason = "WireMock.Net's middleware options or mappers were not found";
            return null;
        }

        var requestMapper = wireMockServices.GetService(requestMapperType);
        var responseMapper = wireMockServices.GetService(responseMapperType);
        var mapAsync = requestMapperType.GetMethod("MapAsync", [typeof(HttpContext), optionsType]);
        var writeAsync = responseMapperType.GetMethod("MapAsync", [typeof(IResponseMessage), typeof(HttpResponse)]);
        if (requestMapper is null || responseMapper is null || mapAsync?.ReturnType != typeof(Task<RequestMessage>) || writeAsync is null
            || Read(optionsType, options, "Mappings") is not ConcurrentDictionary<Guid, IMapping> mappings
            || Read(optionsType, options, "LogEntries") is not Collection<LogEntry> journal)
        {
            reason = "WireMock.Net's request mapper, response mapper or journal is not the one this shortcut was written for";
            return null;
        }

        var context = Expression.Parameter(typeof(HttpContext));
        var request = Expression.Lambda<Func<HttpContext, Task<RequestMessage>>>(
            Expression.Call(Expression.Constant(requestMapper, requestMapperType), mapAsync, context, Expression.Constant(options, optionsType)),
            context).Compile();
        var message = Expression.Parameter(typeof(IResponseMessage));
        var response = Expression.Parameter(typeof(HttpResponse));
        var write = Expression.Lambda<Func<IResponseMessage, HttpResponse, Task>>(
            Expression.Call(Expression.Constant(responseMapper, responseMapperType), writeAsync, message, response),
            message,
            response).Compile();
        if (SettingsReader(optionsType, options) is not { } settings)
        {
            reason = "WireMock.Net's serving settings were not found";
            return null;
        }

        return new CatchAllShortcut(modules, mappings, journal, settings, request, write);
    }

    /// <summary>The catch-all that will answer <paramref name="context"/>, when WireMock.Net could pick no other mapping.</summary>
    public IMapping? CatchAllFor(HttpContext context)
    {
        if (mappings.Count != baseline || ModuleCatalog.ForPath(modules, context.Request.Path.Value ?? "/") is not { } module
            || !mappings.TryGetValue(WireMockEngine.CatchAllGuid(module.ApiId), out var catchAll) || catchAll.Scenario is not null)
        {
            return null;
        }

        return settings().Plain ? catchAll : null;
    }

    /// <summary>Serves <paramref name="context"/> as WireMock.Net's middleware would with <paramref name="catchAll"/> as the best match.</summary>
    public async Task ServeAsync(HttpContext context, IMapping catchAll)
    {
        var request = await mapRequest(context);
        var match = catchAll.GetRequestMatchResult(request, null);
        IResponseMessage response;
        try
        {
            (response, _) = await catchAll.ProvideResponseAsync(context, request);
        }
#pragma warning disable CA1031 // As WireMock.Net does: a failing answer is a 500 in the journal, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            response = new ResponseMessage { StatusCode = StatusCodes.Status500InternalServerError, BodyData = new global::WireMock.Util.BodyData { BodyAsString = ex.Message, DetectedBodyType = global::WireMock.Types.BodyType.String } };
        }

        if (response is ResponseMessage stamped)
        {
            stamped.DateTime = TimeProvider.System.GetUtcNow().UtcDateTime;
        }

        if (catchAll.LogMapping)
        {
            Journal(new LogEntry
            {
                Guid = Guid.NewGuid(),
                RequestMessage = request,
                ResponseMessage = response,
                MappingGuid = catchAll.Guid,
                MappingTitle = catchAll.Title,
                RequestMatchResult = match,
                PartialMappingGuid = catchAll.Guid,
                PartialMappingTitle = catchAll.Title,
                PartialMatchResult = match,
            });
        }

        Interlocked.Increment(ref served);
        await mapResponse(response, context.Response);
    }

    /// <summary>
    /// Maps and matches one request per module, and writes one answer, with nothing sent or journalled:
    /// WireMock.Net builds a matcher's regular expression, and the runtime compiles much of this path,
    /// on first use, which would otherwise fall on the first request. Runs while the modules are still
    /// starting; a failure only leaves the work to the first request.
    /// </summary>
    public void WarmUp()
    {
        try
        {
            foreach (var module in modules)
            {
                if (!mappings.TryGetValue(WireMockEngine.CatchAllGuid(module.ApiId), out var catchAll))
                {
                    continue;
                }

                var context = new DefaultHttpContext();
                context.Request.Method = HttpMethods.Get;
                context.Request.Scheme = "http";
                context.Request.Host = new HostString("127.0.0.1");
                context.Request.Path = module.BasePath + "/warm-up";
                context.Request.QueryString = new QueryString("?id=1");
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
                context.Response.Body = Stream.Null;
                var request = mapRequest(context).GetAwaiter().GetResult();
                _ = catchAll.GetRequestMatchResult(request, null);
                var answer = new ResponseMessage { StatusCode = StatusCodes.Status200OK, BodyData = new global::WireMock.Util.BodyData { BodyAsBytes = [], DetectedBodyType = global::WireMock.Types.BodyType.Bytes } };
                mapResponse(answer, context.Response).GetAwaiter().GetResult();
            }
        }
#pragma warning disable CA1031 // Warming up is an optimisation: whatever fails here is done again, and reported, by the first request.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>WireMock.Net's journal rule (keep the newest <c>MaxRequestLogCount</c>), trimmed from the oldest end instead of by a sort.</summary>
    private void Journal(LogEntry entry)
    {
        var capacity = settings().JournalCapacity;
        if (capacity is <= 0)
        {
            return;
        }

        lock (journalGate)
        {
            try
            {
                journal.Add(entry);
                while (capacity is { } max && journal.Count > max)
                {
                    journal.RemoveAt(0);
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // A reset emptied the journal between reading its count and inserting or removing at
                // that index (the collection locks each call, not the pair): the entry is dropped, as
                // WireMock.Net drops an entry it fails to add.
            }
        }
    }

    private static object? Read(Type type, object instance, string property) => type.GetProperty(property)?.GetValue(instance);

    private static Func<Settings>? SettingsReader(Type optionsType, object options)
    {
        string[] names = ["RequestProcessingDelay", "AllowPartialMapping", "HandleRequestsSynchronously", "ActivityTracingOptions", "RequestLogExpirationDuration", "MaxRequestLogCount"];
        var properties = names.Select(n => optionsType.GetProperty(n)).ToArray();
        if (Array.Exists(properties, p => p is null))
        {
            return null;
        }

        var target = Expression.Constant(options, optionsType);
        Expression Get(int i) => Expression.Property(target, properties[i]!);
        var body = Expression.New(
            typeof(Settings).GetConstructors()[0],
            Expression.Convert(Get(0), typeof(TimeSpan?)),
            Expression.Convert(Get(1), typeof(bool?)),
            Expression.Convert(Get(2), typeof(bool?)),
            Expression.Convert(Get(3), typeof(object)),
            Expression.Convert(Get(4), typeof(int?)),
            Expression.Convert(Get(5), typeof(int?)));
        return Expression.Lambda<Func<Settings>>(body).Compile();
    }

    /// <summary>The WireMock.Net settings, changeable through <c>/__admin/settings</c>, that decide how a match is served.</summary>
    private readonly record struct Settings(TimeSpan? Delay, bool? PartialMapping, bool? Synchronous, object? Tracing, int? JournalExpiryHours, int? JournalCapacity)
    {
        public bool Plain => (Delay is null || Delay <= TimeSpan.Zero)
            && PartialMapping != true && Synchronous != true && Tracing is null && JournalExpiryHours is not > 0;
    }
}
