namespace Conformance.Runner.Engine;

/// <summary>Disposes a set of objects together (credential providers holding keys).</summary>
internal sealed class DisposableList(IEnumerable<IDisposable> items) : IDisposable
{
    private readonly List<IDisposable> items = [.. items];

    public void Dispose() => items.ForEach(i => i.Dispose());
}
