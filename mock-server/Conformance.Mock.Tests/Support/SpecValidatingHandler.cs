namespace Conformance.Mock.Tests.Support;

/// <summary>
/// Sits in every test client: records each exchange and checks the answer against the contract with
/// <see cref="SpecResponseAssert"/>. Violations are collected and asserted by the fixture after each
/// test, so no test can pass with a non-conformant answer.
/// </summary>
public sealed class SpecValidatingHandler(string apiId, string basePath) : DelegatingHandler(new SocketsHttpHandler { UseCookies = false })
{
    private readonly Lock gate = new();
    private readonly List<RecordedExchange> exchanges = [];
    private readonly List<string> violations = [];

    /// <summary>Off for tests that provoke non-conformance on purpose (defects, faults).</summary>
    public bool Enabled { get; set; } = true;

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (gate)
            {
                return [.. violations];
            }
        }
    }

    public int Checked { get; private set; }

    public void Clear()
    {
        lock (gate)
        {
            exchanges.Clear();
            violations.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!Enabled || !path.StartsWith(basePath, StringComparison.Ordinal) || !SpecResponseAssert.IsAvailable(apiId))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.ToString();
        var text = mediaType?.Contains("json", StringComparison.Ordinal) == true ? System.Text.Encoding.UTF8.GetString(bytes) : (bytes.Length == 0 ? "" : "<binary>");
        var exchange = new RecordedExchange(request.Method.Method, path, (int)response.StatusCode, mediaType, text);
        var found = SpecResponseAssert.Violations(apiId, exchange);
        lock (gate)
        {
            exchanges.Add(exchange);
            violations.AddRange(found.Select(v => $"{request.Method} {request.RequestUri.PathAndQuery}: {v}"));
            Checked++;
        }

        return response;
    }
}
