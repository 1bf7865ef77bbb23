using Conformance.Runner.Profiles;

namespace Conformance.Suites.Support;

/// <summary>
/// Where the suites run: against the embedded reference provider (default) or a provider named by
/// <c>CONFORMANCE_PROVIDER_URL</c> (base URL of one API, with <c>CONFORMANCE_API</c> naming it when
/// more than one API has flows) and optionally <c>CONFORMANCE_PROFILE</c> (a provider profile file).
/// Each is read from the runsettings parameter of the same name first, then from the environment.
/// </summary>
public sealed record SuiteSettings
{
    public const string ProviderUrlName = "CONFORMANCE_PROVIDER_URL";
    public const string ProfileName = "CONFORMANCE_PROFILE";
    public const string ApiName = "CONFORMANCE_API";

    public string? ProviderUrl { get; init; }
    public string? ProfilePath { get; init; }
    public string? Api { get; init; }

    public bool Embedded => ProviderUrl is null && ProfilePath is null;

    public static SuiteSettings Current { get; } = Read();

    private static SuiteSettings Read() => new()
    {
        ProviderUrl = Value(ProviderUrlName),
        ProfilePath = Value(ProfileName),
        Api = Value(ApiName),
    };

    private static string? Value(string name)
    {
        var value = TestContext.Parameters.Get(name) ?? Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>The profile named by the settings (or null); a profile with errors fails the run with its diagnostics.</summary>
    public ProviderProfile? LoadProfile()
    {
        if (ProfilePath is null)
        {
            return null;
        }

        // dotnet test runs in the output folder: a relative path is also tried from the repository root.
        var path = ProfilePath;
        var fromRoot = Path.Combine(Path.GetDirectoryName(SuiteCatalog.Fixtures) ?? string.Empty, path);
        if (!Path.IsPathRooted(path) && !File.Exists(path) && File.Exists(fromRoot))
        {
            path = fromRoot;
        }

        var result = ProviderProfileLoader.LoadFile(path);
        if (result.HasErrors)
        {
            throw new InvalidOperationException(
                $"{ProfileName} {ProfilePath} has errors:\n{string.Join('\n', result.Diagnostics.Select(d => d.ToString()))}");
        }

        return result.Profile;
    }
}
