using Conformance.Specs.Model;

namespace Conformance.Specs.Loading;

/// <summary>
/// What loading a document gives: the read-only view when the document could be used, and every
/// diagnostic found. Loading never throws for a bad document.
/// </summary>
public sealed record SpecLoadResult(ApiSpec? Spec, IReadOnlyList<SpecDiagnostic> Diagnostics)
{
    /// <summary>True when the spec loaded and no diagnostic of any severity was reported.</summary>
    public bool IsClean => Spec is not null && Diagnostics.Count == 0;

    public bool HasErrors => Spec is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
