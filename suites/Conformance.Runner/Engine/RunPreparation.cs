using Conformance.Runner.Arazzo;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// The loaded spec and flow files of one API with every diagnostic and profile error.
/// <see cref="IsValid"/> is false when the run cannot start (the CLI exits 2 and prints
/// <see cref="Problems"/>).
/// </summary>
public sealed record RunPreparation(
    ApiSpec? Spec,
    IReadOnlyList<ArazzoDocument> Documents,
    IReadOnlyList<SpecDiagnostic> Diagnostics,
    IReadOnlyList<string> ProfileErrors)
{
    /// <summary>Every credential the API needs, resolved before anything is sent (null: not resolved yet).</summary>
    public Auth.ResolvedCredentials? Credentials { get; init; }

    public bool IsValid => Spec is not null && ProfileErrors.Count == 0 && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    /// <summary>Every error and warning as one line each (<c>file:line:col: error: message (at pointer)</c>).</summary>
    public IReadOnlyList<string> Problems => [.. Diagnostics.Select(d => d.ToString()), .. ProfileErrors];
}
