using System.Net;
using System.Net.Sockets;

namespace Conformance.Cli.Tests.Commands;

/// <summary>A loopback "provider" that accepts every connection, reads the request and never answers.</summary>
public sealed class HangingProvider : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> clients = [];
    private readonly Task loop;

    public HangingProvider()
    {
        listener.Start();
        loop = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/finum/v1";

    /// <summary>Connections accepted so far.</summary>
    public int Accepted
    {
        get
        {
            lock (clients)
            {
                return clients.Count;
            }
        }
    }

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

        lock (clients)
        {
            clients.ForEach(c => c.Dispose());
        }

        listener.Dispose();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            lock (clients)
            {
                clients.Add(client);
            }
        }
    }
}
