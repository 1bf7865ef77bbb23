namespace Conformance.Runner.Transport;

/// <summary>
/// A transport answering from a function, for tests and for dry runs; remembers every request in order.
/// </summary>
public sealed class InMemoryTransport(Func<TransportRequest, TransportResult> respond) : IHttpTransport
{
    private readonly List<TransportRequest> requests = [];
    private readonly Lock gate = new();

    public IReadOnlyList<TransportRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public Task<TransportResult> SendAsync(TransportRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            requests.Add(request);
        }

        return Task.FromResult(respond(request));
    }

    /// <summary>A JSON response with the given status and body text.</summary>
    public static TransportResult Json(int status, string? body, params KeyValuePair<string, string>[] headers)
    {
        var bytes = body is null ? [] : System.Text.Encoding.UTF8.GetBytes(body);
        return new TransportResult
        {
            StatusCode = status,
            ContentType = body is null ? null : "application/json",
            Headers = body is null ? headers : [new("Content-Type", "application/json"), .. headers],
            Body = bytes,
            BodyLength = bytes.Length,
        };
    }
}
