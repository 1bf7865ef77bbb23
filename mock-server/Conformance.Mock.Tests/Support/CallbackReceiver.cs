using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Tests.Support;

/// <summary>
/// A tiny Kestrel receiver on loopback for callbacks. The first <see cref="FailuresBeforeSuccess"/>
/// calls get 503, later ones <see cref="SuccessStatus"/> (204 unless set); every call is recorded with its body and headers.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private CallbackReceiver(WebApplication app) => this.app = app;

    public int FailuresBeforeSuccess { get; set; }

    public int SuccessStatus { get; set; } = 204;

    /// <summary>Request headers of each call, in call order.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> ReceivedHeaders { get; } = new();

    public ConcurrentQueue<(int Call, int Answer, string Body, string? ContentType)> Received { get; } = new();

    public Uri Url { get; private set; } = null!;

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var call = Interlocked.Increment(ref receiver.calls);
            var answer = call <= receiver.FailuresBeforeSuccess ? 503 : receiver.SuccessStatus;
            receiver.ReceivedHeaders.Enqueue(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
            receiver.Received.Enqueue((call, answer, body, context.Request.ContentType));
            context.Response.StatusCode = answer;
        });
        await app.StartAsync();
        receiver.Url = new Uri(app.Urls.First().TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
