using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Runner.Callbacks;

/// <summary>
/// The runner's HTTP listener for provider callbacks and webhooks (Kestrel). Requests to
/// <c>/callbacks/{runId}/{token}</c> and to the fixed <see cref="CallbackReceiverOptions.WebhookPath"/>
/// are recorded (masked) and delivered to the <see cref="Inbox"/>; anything else is answered 404 and
/// kept as stray. Start with <see cref="StartAsync"/>.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CallbackReceiverOptions options;
    private readonly TimeProvider timeProvider;
    private readonly SecretMasker masker;
    private CallbackInbox? inbox;

    private CallbackReceiver(WebApplication app, CallbackReceiverOptions options, TimeProvider timeProvider, SecretMasker masker)
    {
        this.app = app;
        this.options = options;
        this.timeProvider = timeProvider;
        this.masker = masker;
    }

    public CallbackInbox Inbox => inbox ?? throw new InvalidOperationException("the receiver is not started");

    /// <summary>The URL the receiver actually listens on (the free port resolved).</summary>
    public string ListenUrl { get; private set; } = string.Empty;

    /// <param name="options">Where to listen, the public base and the webhook path.</param>
    /// <param name="timeProvider">Stamps arrivals and measures waits.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="masker">Masks the run's secrets in what is recorded (default: patterns only).</param>
    public static async Task<CallbackReceiver> StartAsync(CallbackReceiverOptions options, TimeProvider timeProvider, CancellationToken cancellationToken, SecretMasker? masker = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.ListenUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, options, timeProvider, masker ?? SecretMasker.Patterns);
        app.Run(receiver.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        receiver.ListenUrl = (address ?? options.ListenUrl).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        receiver.inbox = new CallbackInbox(options.PublicBaseUrl ?? receiver.ListenUrl, timeProvider, NormalizedPath(options.WebhookPath));
        return receiver;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var (body, truncated) = await ReadBodyAsync(request, http.RequestAborted);
        var segments = (request.Path.Value ?? string.Empty).Trim('/').Split('/');
        var headers = request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? string.Empty))).ToList();
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var contentType = MediaTypes.Essence(request.ContentType);
        JsonNode? json = null;
        string? parseError = null;
        if (body.Length > 0 && (contentType is null || MediaTypes.IsJson(contentType)))
        {
            try
            {
                json = JsonNode.Parse(body);
            }
            catch (JsonException e)
            {
                parseError = e.Message;
            }
        }

        var view = new MessageView
        {
            Headers = headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(h => h.Value)), StringComparer.OrdinalIgnoreCase),
            Query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            Path = segments.Length >= 3 ? new Dictionary<string, string> { ["runId"] = segments[1], ["token"] = segments[2] } : new Dictionary<string, string>(),
            Body = json,
            BodyText = body.Length == 0 ? null : body,
        };
        var requestRecord = new HttpRequestRecord
        {
            Method = request.Method,
            Url = url,
            Headers = masker.MaskHeaders(headers),
            Body = ExchangeRecorder.Cut(masker.MaskBody(view.BodyText), out _) + (truncated ? " …(truncated)" : string.Empty),
        };
        InboundCallback Build(int status) => new()
        {
            Method = request.Method,
            Url = url,
            View = view,
            ReceivedAt = timeProvider.GetUtcNow(),
            ParseError = parseError,
            Record = new ExchangeRecord
            {
                Direction = ExchangeDirection.InboundCallback,
                Request = requestRecord,
                Response = new HttpResponseRecord { StatusCode = status, Headers = [] },
                Elapsed = TimeSpan.Zero,
            },
        };

        var answer = inbox is null ? 404
            : inbox.WebhookPath is { } webhookPath && string.Equals(NormalizedPath(request.Path.Value), webhookPath, StringComparison.Ordinal)
                ? inbox.DeliverWebhook(Build)
            : segments is ["callbacks", var runId, var token]
                ? inbox.Deliver(Uri.UnescapeDataString(runId), token, Build)
                : inbox.Deliver(string.Empty, string.Empty, Build);
        http.Response.StatusCode = answer;
    }

    /// <summary>A path compared without its trailing slash (<c>/webhooks/x/</c> is <c>/webhooks/x</c>).</summary>
    private static string? NormalizedPath(string? path) =>
        path is null ? null : "/" + path.Trim('/');

    private async Task<(string Body, bool Truncated)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[options.MaxBodyBytes + 1];
        var read = 0;
        try
        {
            int n;
            while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += n;
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
        {
            // A provider that aborts its callback still leaves a record of what arrived.
        }

        var truncated = read > options.MaxBodyBytes;
        return (Encoding.UTF8.GetString(buffer, 0, Math.Min(read, options.MaxBodyBytes)), truncated);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
