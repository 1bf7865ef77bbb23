namespace Conformance.Specs.Loading;

/// <summary>A 1-based line and column in the source text.</summary>
public readonly record struct SourcePosition(int Line, int Column);
