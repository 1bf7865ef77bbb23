namespace Conformance.Runner;

/// <summary>
/// Invalid configuration (bad profile, unreadable credentials, flow files or spec with errors):
/// the CLI maps it to exit code 2. <see cref="Diagnostics"/> holds located problems when known.
/// </summary>
public sealed class ConformanceConfigurationException : Exception
{
    public ConformanceConfigurationException()
        : this("invalid configuration")
    {
    }

    public ConformanceConfigurationException(string message)
        : this(message, [])
    {
    }

    public ConformanceConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
        Diagnostics = [];
    }

    public ConformanceConfigurationException(string message, IReadOnlyList<string> diagnostics)
        : base(message)
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<string> Diagnostics { get; }
}
