using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Writes every report of a run into one directory (created if missing). All files are first
/// rendered into a staging folder inside it and only then moved into place, one atomic rename
/// each: if any writer fails, the previous reports stay untouched and nothing half-written appears.
/// </summary>
public sealed class ReportSet
{
    /// <summary>Relative to the working directory.</summary>
    public const string DefaultDirectory = "conformance-report";

    public ReportSet(IEnumerable<IReportWriter> writers)
    {
        Writers = [.. writers];
        var duplicate = Writers.GroupBy(w => w.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two report writers write '{duplicate.Key}'.", nameof(writers));
        }
    }

    public IReadOnlyList<IReportWriter> Writers { get; }

    /// <summary><c>index.html</c>, <c>junit.xml</c>, <c>results.json</c> and <c>summary.md</c>.</summary>
    public static ReportSet CreateDefault() => new([new HtmlReportWriter(), new JUnitReportWriter(), new JsonReportWriter(), new MarkdownReportWriter()]);

    /// <summary>Returns the full paths written, in writer order.</summary>
    /// <param name="written">Told each file name and the wall time its writer took (<c>conformance run --timings</c>).</param>
    public async Task<IReadOnlyList<string>> WriteAsync(RunResult result, string directory, CancellationToken cancellationToken, Action<string, TimeSpan>? written = null)
    {
        var target = Path.GetFullPath(directory);
        Directory.CreateDirectory(target);
        var staging = Path.Combine(target, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var writer in Writers)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await writer.WriteAsync(result, staging, cancellationToken);
                written?.Invoke(writer.FileName, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }

            var paths = new List<string>();
            foreach (var writer in Writers)
            {
                var destination = Path.Combine(target, writer.FileName);
                File.Move(Path.Combine(staging, writer.FileName), destination, overwrite: true);
                paths.Add(destination);
            }

            return paths;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
