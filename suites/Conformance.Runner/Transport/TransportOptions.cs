namespace Conformance.Runner.Transport;

public sealed record TransportOptions
{
    /// <summary>Per-request timeout unless the request says otherwise.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes of a response body read at most (1 MiB); the rest is not read and the result is marked truncated.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;
}
