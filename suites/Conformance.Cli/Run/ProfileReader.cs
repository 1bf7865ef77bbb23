using Conformance.Runner.Checks;
using Conformance.Runner.Profiles;

namespace Conformance.Cli.Run;

/// <summary>
/// Loads a profile for the CLI, validated against the suite's API ids and the check catalogue, and
/// prints every diagnostic with its location (<c>file:line:col: error: …</c>). Values are never
/// printed, so no secret reaches the console.
/// </summary>
public static class ProfileReader
{
    /// <summary>The profile of the local reference provider, used by embedded runs without <c>--profile</c>.</summary>
    public const string ReferenceProfile = "profiles/reference-provider.yaml";

    /// <summary>Null with diagnostics printed when the file has errors.</summary>
    public static ProviderProfile? Load(string path, ApiCoverage coverage, TextWriter error)
    {
        var catalogue = CheckCatalogue.Default;
        var options = new ProfileLoaderOptions
        {
            KnownApiIds = coverage.Contracts.ToHashSet(StringComparer.Ordinal),
            KnownCheckIds = catalogue.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal),
            MandatoryChecks = catalogue.All.Where(c => c.IsMandatory).ToDictionary(c => c.Id, c => c.DefaultSeverity, StringComparer.Ordinal),
        };
        var result = ProviderProfileLoader.LoadFile(path, options);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        return result.HasErrors ? null : result.Profile;
    }
}
