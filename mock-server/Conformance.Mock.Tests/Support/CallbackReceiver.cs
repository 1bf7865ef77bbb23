using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Mock.Tests.Support;

/// <summary>
/// A tiny Kestrel receiver on loopback for callbacks. The first <see cref="FailuresBeforeSuccess"/>
/// calls get 503, later ones 204; every call is recorded with its body.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private CallbackReceiver(WebApplication app) => this.app = app;

    public int FailuresBeforeSuccess { get; set; }

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
            var answer = call <= receiver.FailuresBeforeSuccess ? 503 : 204;
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
