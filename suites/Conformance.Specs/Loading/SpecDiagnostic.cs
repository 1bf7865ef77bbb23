namespace Conformance.Specs.Loading;

/// <summary>How bad a diagnostic is. Errors make a document unusable; warnings do not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found while loading a document. <see cref="Pointer"/> is a JSON pointer into the
/// document (empty for the whole document); <see cref="Line"/>/<see cref="Column"/> are 1-based and
/// present when the problem could be traced to the source text.
/// </summary>
public sealed record SpecDiagnostic(
    DiagnosticSeverity Severity,
    string Message,
    string Source,
    string Pointer = "",
    int? Line = null,
    int? Column = null)
{
    /// <summary>A one-line rendering: <c>source:line:col: error: message (at pointer)</c>.</summary>
    public override string ToString()
    {
        var location = Line is { } l ? $"{Source}:{l}:{Column ?? 1}" : Source;
        var at = string.IsNullOrEmpty(Pointer) ? string.Empty : $" (at {Pointer})";
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{location}: {severity}: {Message}{at}";
    }
}
