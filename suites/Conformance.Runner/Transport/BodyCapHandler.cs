namespace Conformance.Runner.Transport;

/// <summary>
/// Reads at most <see cref="TransportOptions.MaxBodyBytes"/> of each response body, so a provider
/// answering megabytes of garbage (or an endless stream) cannot exhaust memory. The capped bytes
/// replace the content; one byte beyond the cap is kept so the transport can tell a truncated
/// body from one of exactly the cap's size.
/// </summary>
internal sealed class BodyCapHandler(HttpMessageHandler inner, int maxBytes) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var buffer = new byte[maxBytes + 1];
        var read = 0;
        await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read, buffer.Length - read), cancellationToken)) > 0)
            {
                read += n;
            }
        }

        var content = new ByteArrayContent(buffer, 0, read);
        foreach (var header in response.Content.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content.Dispose();
        response.Content = content;
        return response;
    }
}
