namespace Conformance.Runner.Transport;

/// <summary>Why no (complete) response arrived.</summary>
public enum TransportErrorKind
{
    None,
    ConnectionRefused,
    NameResolution,
    Timeout,
    ConnectionReset,

    /// <summary>The bytes received were not HTTP.</summary>
    Protocol,
    Other,
}
