using System.Net;

namespace Conformance.Mock.InMemory;

/// <summary>
/// One request handed to the modules without a socket. <see cref="Path"/> is unescaped (as
/// <c>HttpRequest.Path</c>), <see cref="QueryString"/> raw with its leading <c>?</c> (or empty).
/// </summary>
public sealed record InMemoryRequest
{
    public required string Method { get; init; }
    public required string Path { get; init; }
    public string QueryString { get; init; } = "";
    public string Scheme { get; init; } = "http";
    public string Protocol { get; init; } = "HTTP/1.1";
    public required IReadOnlyList<KeyValuePair<string, string[]>> Headers { get; init; }
    public ReadOnlyMemory<byte> Body { get; init; }
    public IPAddress? RemoteIpAddress { get; init; }
    public int RemotePort { get; init; }
    public IPAddress? LocalIpAddress { get; init; }
    public int LocalPort { get; init; }
}
