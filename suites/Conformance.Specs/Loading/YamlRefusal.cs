namespace Conformance.Specs.Loading;

/// <summary>
/// Stops the YAML walk when the document breaks a rule or a limit; caught by the reader and turned
/// into a diagnostic, so it never leaves the loader.
/// </summary>
internal sealed class YamlRefusal : Exception
{
    public YamlRefusal()
    {
    }

    public YamlRefusal(string message)
        : base(message)
    {
    }

    public YamlRefusal(string message, Exception inner)
        : base(message, inner)
    {
    }

    public YamlRefusal(string message, SourcePosition? at)
        : base(message) => At = at;

    public SourcePosition? At { get; }
}
