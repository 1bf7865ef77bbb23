using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Conformance.Cli.Tests.Commands;

/// <summary>A loopback "provider" answering every request with 200 and an HTML page, then closing.</summary>
public sealed class GarbageProvider : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public GarbageProvider()
    {
        listener.Start();
        loop = ServeAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/finum/v1";

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        listener.Dispose();
        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        var body = "<html>not an API</html>";
        var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}");
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            var stream = client.GetStream();
            var buffer = new byte[8192];
            _ = await stream.ReadAsync(buffer, stop.Token);
            await stream.WriteAsync(answer, stop.Token);
        }
    }
}
