using Conformance.Specs.Loading;

namespace Conformance.Runner.Profiles;

/// <summary>
/// One problem in a provider profile. <see cref="Path"/> is the dotted path of the offending entry
/// (e.g. <c>apis.finum.credentials.privateKey</c>, empty for the whole file); <see cref="Line"/> and
/// <see cref="Column"/> are 1-based. Messages never repeat a value that could be a secret.
/// </summary>
public sealed record ProfileDiagnostic(
    DiagnosticSeverity Severity,
    string Message,
    string Source,
    string Path = "",
    int? Line = null,
    int? Column = null)
{
    /// <summary>A one-line rendering: <c>source:line:col: error: message (at path)</c>.</summary>
    public override string ToString()
    {
        var location = Line is { } l ? $"{Source}:{l}:{Column ?? 1}" : Source;
        var at = string.IsNullOrEmpty(Path) ? string.Empty : $" (at {Path})";
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{location}: {severity}: {Message}{at}";
    }
}
