using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting;

/// <summary>Writes one report format from the finished run into a directory.</summary>
public interface IReportWriter
{
    /// <summary>File name written inside the report directory, e.g. <c>junit.xml</c>.</summary>
    string FileName { get; }

    Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken);
}
