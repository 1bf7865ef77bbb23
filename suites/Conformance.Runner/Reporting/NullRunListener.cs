namespace Conformance.Runner.Reporting;

/// <summary>A listener that ignores every event.</summary>
public sealed class NullRunListener : IRunListener
{
    public static NullRunListener Instance { get; } = new();
}
