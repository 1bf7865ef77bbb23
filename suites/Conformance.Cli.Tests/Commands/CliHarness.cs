namespace Conformance.Cli.Tests.Commands;

/// <summary>Runs the CLI in-process with captured output, as a user would call it.</summary>
public static class CliHarness
{
    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Conformance.sln not found above the test directory.");
    }

    /// <summary>A new empty directory under the system temp folder; the caller deletes it.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "conformance-cli-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(path);
        return path;
    }
}
