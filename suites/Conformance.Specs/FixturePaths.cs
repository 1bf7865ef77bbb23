namespace Conformance.Specs;

/// <summary>
/// Finds the <c>fixtures/</c> folder (contracts, flows, seeds, profiles, test-only credentials).
/// Order: the <c>CONFORMANCE_FIXTURES</c> environment variable; <c>fixtures/</c> beside the running
/// binary (the CLI and the reference provider copy it there); the nearest <c>fixtures/</c> holding
/// <c>apis/</c> walking up from the current directory. Null when none exists.
/// </summary>
public static class FixturePaths
{
    public const string EnvironmentVariable = "CONFORMANCE_FIXTURES";

    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var besideBinary = Path.Combine(AppContext.BaseDirectory, "fixtures");
        if (Directory.Exists(Path.Combine(besideBinary, "apis")))
        {
            return besideBinary;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures");
            if (Directory.Exists(Path.Combine(candidate, "apis")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Locate"/> but throws a clear configuration error when missing.</summary>
    public static string Require() =>
        Locate() ?? throw new DirectoryNotFoundException(
            $"Could not find the fixtures folder. Run from the repository or set {EnvironmentVariable}.");

    /// <summary>The contract of one API, e.g. <c>SpecFile("finum")</c>.</summary>
    public static string SpecFile(string apiId) => Path.Combine(Require(), "apis", apiId, "openapi.yaml");

    /// <summary>The API ids that have a folder under <c>fixtures/apis</c>, sorted ordinally.</summary>
    public static IReadOnlyList<string> ApiIds() =>
        [.. Directory.GetDirectories(Path.Combine(Require(), "apis")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
