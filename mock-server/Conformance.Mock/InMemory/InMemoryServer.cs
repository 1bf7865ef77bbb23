using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Conformance.Mock.InMemory;

/// <summary>
/// A server without a socket: the host starts it like Kestrel, and <see cref="SendAsync"/> runs one
/// request through the application's whole pipeline with bodies as bytes. The WireMock engine hands
/// every API request to the modules this way, so both engines run the same pipeline.
/// </summary>
public sealed class InMemoryServer : IServer
{
    private Func<IFeatureCollection, Task>? process;

    public IFeatureCollection Features { get; } = CreateFeatures();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        ArgumentNullException.ThrowIfNull(application);
        process = async features =>
        {
            var context = application.CreateContext(features);
            try
            {
                await application.ProcessRequestAsync(context);
                application.DisposeContext(context, null);
            }
            catch (Exception ex)
            {
                application.DisposeContext(context, ex);
                throw;
            }
        };
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        process = null;
        return Task.CompletedTask;
    }

    public void Dispose() => process = null;

    /// <summary>Serves one request. Throws <see cref="InvalidOperationException"/> before the host started the server.</summary>
    public async Task<InMemoryResponse> SendAsync(InMemoryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = process ?? throw new InvalidOperationException("The in-memory server is not started.");
        var headers = new HeaderDictionary();
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values;
        }

        using var body = new MemoryStream(request.Body.ToArray(), writable: false);
        var requestFeature = new HttpRequestFeature
        {
            Method = request.Method,
            Scheme = request.Scheme,
            Protocol = request.Protocol,
            Path = request.Path,
            PathBase = "",
            QueryString = request.QueryString,
            RawTarget = request.Path + request.QueryString,
            Headers = headers,
            Body = body,
        };
        using var response = new InMemoryResponseFeature();
        using var link = cancellationToken.Register(response.Abort);
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(requestFeature);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpRequestLifetimeFeature>(response);
        features.Set<IBodyHandoverFeature>(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            RemoteIpAddress = request.RemoteIpAddress,
            RemotePort = request.RemotePort,
            LocalIpAddress = request.LocalIpAddress,
            LocalPort = request.LocalPort,
        });
        await run(features);
        return await response.FinishAsync();
    }

    private static FeatureCollection CreateFeatures()
    {
        var features = new FeatureCollection();
        features.Set<IServerAddressesFeature>(new ServerAddressesFeature());
        return features;
    }
}
