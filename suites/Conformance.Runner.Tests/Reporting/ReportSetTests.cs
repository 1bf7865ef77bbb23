using Conformance.Runner.Reporting;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class ReportSetTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => _directory = Path.Combine(Path.GetTempPath(), "report-set-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public async Task WriteAsync_MissingDirectory_CreatesItWithTheFourReportsOnly()
    {
        var target = Path.Combine(_directory, "nested", ReportSet.DefaultDirectory);

        var written = await ReportSet.CreateDefault().WriteAsync(SampleRuns.NotConformant(), target, CancellationToken.None);

        var files = Directory.GetFileSystemEntries(target).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(new[] { "index.html", "junit.xml", "results.json", "summary.md" }));
        Assert.That(written, Has.Count.EqualTo(4));
        Assert.That(File.ReadAllText(Path.Combine(target, "junit.xml")), Does.StartWith("<?xml"));
    }

    [Test]
    public async Task WriteAsync_WriterFails_LeavesPreviousReportsUntouched()
    {
        await ReportSet.CreateDefault().WriteAsync(SampleRuns.Conformant(), _directory, CancellationToken.None);
        var before = File.ReadAllText(Path.Combine(_directory, "index.html"));
        var failing = new ReportSet([new HtmlReportWriter(), new FailingReportWriter()]);

        Assert.That(
            () => failing.WriteAsync(SampleRuns.NotConformant(), _directory, CancellationToken.None),
            Throws.InstanceOf<IOException>());

        Assert.That(File.ReadAllText(Path.Combine(_directory, "index.html")), Is.EqualTo(before));
        Assert.That(Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "index.html", "junit.xml", "results.json", "summary.md" }));
    }

    [Test]
    public void Constructor_TwoWritersForOneFile_Throws()
    {
        Assert.That(() => new ReportSet([new JsonReportWriter(), new JsonReportWriter()]), Throws.ArgumentException);
    }

    private sealed class FailingReportWriter : IReportWriter
    {
        public string FileName => "broken.txt";

        public async Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, FileName), "half", cancellationToken);
            throw new IOException("disk full");
        }
    }
}
