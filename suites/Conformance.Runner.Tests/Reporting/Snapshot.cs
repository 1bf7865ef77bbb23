using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Conformance.Runner.Tests.Reporting;

/// <summary>
/// Compares serialised output with a checked-in file under <c>Reporting/Snapshots/</c>. With the
/// environment variable <c>UPDATE_SNAPSHOTS=1</c> the file is (re)written instead and the test passes;
/// review the diff before committing. Volatile values are scrubbed first (<see cref="Scrub"/>).
/// </summary>
internal static partial class Snapshot
{
    public static void Match(string actual, string fileName, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots", fileName);
        var scrubbed = Scrub(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, scrubbed);
            Assert.Pass($"Snapshot {fileName} written.");
        }

        Assert.That(File.Exists(path), Is.True, $"Snapshot {path} is missing; run the tests with UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != scrubbed)
        {
            var received = Path.Combine(TestContext.CurrentContext.WorkDirectory, fileName + ".received");
            File.WriteAllText(received, scrubbed);
            Assert.Fail($"{fileName} differs from its snapshot at {FirstDifference(expected, scrubbed)}; "
                + $"output written to {received}. If the change is intended, rerun with UPDATE_SNAPSHOTS=1.");
        }
    }

    /// <summary>The tool version is the only run-dependent value that reaches a report built from a fixed model.</summary>
    public static string Scrub(string text) =>
        ToolVersion().Replace(text.ReplaceLineEndings("\n"), "{toolVersion}");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}: expected «{e}» but was «{a}»";
            }
        }

        return "an unknown place";
    }

    [GeneratedRegex(@"1\.0\.0-test")]
    private static partial Regex ToolVersion();
}
