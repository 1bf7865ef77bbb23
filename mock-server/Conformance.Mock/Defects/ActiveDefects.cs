namespace Conformance.Mock.Defects;

/// <summary>The defects this provider run was started with; fixed for the life of the process.</summary>
public sealed class ActiveDefects(IReadOnlySet<string> names)
{
    public IReadOnlySet<string> Names { get; } = names;

    public bool IsOn(string name) => Names.Contains(name);
}
