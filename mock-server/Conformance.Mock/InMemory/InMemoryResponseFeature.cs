using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Conformance.Mock.InMemory;

/// <summary>
/// The response side of one in-memory exchange: headers and a growing buffer. <c>OnStarting</c>
/// callbacks run when the pipeline starts the response or, at the latest, before the answer is read,
/// as a server runs them before it sends the headers.
/// </summary>
internal sealed class InMemoryResponseFeature : IHttpResponseFeature, IHttpResponseBodyFeature, IHttpRequestLifetimeFeature, IBodyHandoverFeature, IDisposable
{
    private readonly MemoryStream buffer = new();
    private readonly List<(Func<object, Task> Callback, object State)> starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> completed = [];
    private readonly CancellationTokenSource aborted = new();
    private PipeWriter? writer;
    private byte[]? handedOver;

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    public Stream Body { get; set; }

    public bool HasStarted { get; private set; }

    public Stream Stream => Body;

    public PipeWriter Writer => writer ??= PipeWriter.Create(Body, new StreamPipeWriterOptions(leaveOpen: true));

    public CancellationToken RequestAborted { get; set; }

    public bool IsAborted => aborted.IsCancellationRequested;

    public InMemoryResponseFeature()
    {
        Body = buffer;
        RequestAborted = aborted.Token;
    }

    public void OnStarting(Func<object, Task> callback, object state) => starting.Insert(0, (callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => completed.Insert(0, (callback, state));

    public void DisableBuffering()
    {
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted)
        {
            return;
        }

        HasStarted = true;
        foreach (var (callback, state) in starting)
        {
            await callback(state);
        }
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Body, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        await StartAsync();
        if (writer is not null)
        {
            await writer.FlushAsync();
        }
    }

    public void Abort() => aborted.Cancel();

    public bool TryHandOver(HttpResponse response, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (handedOver is not null || buffer.Length > 0 || writer is not null || !ReferenceEquals(response.Body, buffer))
        {
            return false;
        }

        handedOver = body;
        return true;
    }

    /// <summary>Runs what is left of the response's life (start, flush, completion callbacks) and reads the answer.</summary>
    public async Task<InMemoryResponse> FinishAsync()
    {
        await CompleteAsync();
        foreach (var (callback, state) in completed)
        {
            await callback(state);
        }

        var headers = new List<KeyValuePair<string, string[]>>(Headers.Count);
        foreach (var (name, values) in Headers)
        {
            headers.Add(new(name, values.ToArray()!));
        }

        return new InMemoryResponse(StatusCode, headers, handedOver ?? buffer.ToArray(), IsAborted);
    }

    public void Dispose()
    {
        aborted.Dispose();
        buffer.Dispose();
    }
}
