using Conformance.Specs.Loading;

namespace Conformance.Runner.Profiles;

/// <summary>
/// The outcome of loading a profile. <see cref="Profile"/> is what could be read (entries with errors
/// are left out) and is null only when the file could not be read or parsed as YAML at all.
/// A profile with any error diagnostic must not be used: the CLI exits 2.
/// </summary>
public sealed record ProfileLoadResult(ProviderProfile? Profile, IReadOnlyList<ProfileDiagnostic> Diagnostics)
{
    public bool HasErrors => Profile is null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
