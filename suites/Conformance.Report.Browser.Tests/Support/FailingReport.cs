using Conformance.Cli;
using Conformance.Mock.Hosting;

namespace Conformance.Report.Browser.Tests.Support;

/// <summary>
/// A real report with failures, made once for the whole assembly: the CLI runs FiNUM's suite over
/// loopback against the reference provider started with a defect (contracts lose a required field).
/// </summary>
public static class FailingReport
{
    public const string Defect = "finum.contract-required-field-dropped";
    public const string DefectCheck = "response_schema_conformance";

    private static readonly Lazy<Task<string>> Directory = new(CreateAsync);

    /// <summary>The report folder (index.html and the others); deleted by <see cref="DeleteAsync"/>.</summary>
    public static Task<string> GetDirectoryAsync() => Directory.Value;

    public static async Task DeleteAsync()
    {
        if (Directory.IsValueCreated)
        {
            System.IO.Directory.Delete(await Directory.Value, recursive: true);
        }
    }

    private static async Task<string> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "conformance-browser-tests", Path.GetRandomFileName());
        await using var provider = await EmbeddedReferenceProvider.StartAsync(new EmbeddedProviderRequest { Defects = new HashSet<string> { Defect } });
        var url = provider.ApiBaseAddress("finum").ToString().TrimEnd('/');
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["run", "--api", "finum", "--provider", url, "--report-dir", directory], output, error);
        if (exit != ExitCodes.NotConformant)
        {
            throw new InvalidOperationException($"the defect run should be not conformant (exit 1), got {exit}:\n{output}\n{error}");
        }

        return directory;
    }
}
