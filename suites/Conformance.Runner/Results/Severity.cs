namespace Conformance.Runner.Results;

/// <summary>Only <see cref="Error"/> findings make a provider non-conformant.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
