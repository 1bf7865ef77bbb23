using System.Text.Json.Nodes;

namespace Conformance.Specs.Loading;

/// <summary>Collects diagnostics for one document, locating each pointer in the source text.</summary>
internal sealed class DiagnosticSink(string source, JsonNode? root, SourcePositions positions)
{
    private readonly List<SpecDiagnostic> items = [];

    public string Source { get; } = source;

    public IReadOnlyList<SpecDiagnostic> Items => items;

    public void Error(string message, string pointer = "") => Add(DiagnosticSeverity.Error, message, pointer);

    public void Warning(string message, string pointer = "") => Add(DiagnosticSeverity.Warning, message, pointer);

    public void Add(DiagnosticSeverity severity, string message, string pointer)
    {
        var at = positions.Locate(root, pointer);
        items.Add(new SpecDiagnostic(severity, message, Source, pointer, at?.Line, at?.Column));
    }

    public void Add(SpecDiagnostic diagnostic) => items.Add(diagnostic);
}
