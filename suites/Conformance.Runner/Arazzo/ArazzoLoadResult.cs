using Conformance.Specs.Loading;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// A loaded flow file and its diagnostics (same shape as spec diagnostics: file, line/column,
/// JSON pointer). <see cref="Document"/> is null when the file could not be used at all.
/// </summary>
public sealed record ArazzoLoadResult(ArazzoDocument? Document, IReadOnlyList<SpecDiagnostic> Diagnostics)
{
    public bool HasErrors => Document is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
