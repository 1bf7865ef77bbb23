using System.Diagnostics;
using System.Text;
using Conformance.Specs.Loading;

namespace Conformance.Specs.Tests.Loading;

/// <summary>Hostile or huge inputs are refused (or loaded) quickly, never hang or throw.</summary>
public sealed class SpecLoaderLimitTests
{
    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "conformance-specs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void LoadFile_MissingFile_ReportsNotFound()
    {
        var result = SpecLoader.LoadFile(Path.Combine(directory, "nope.yaml"));

        Assert.That(result.Spec, Is.Null);
        Assert.That(result.Diagnostics.Single().Message, Does.StartWith("File not found"));
    }

    [Test]
    public void LoadFile_Directory_ReportsNotAFile()
    {
        var result = SpecLoader.LoadFile(directory);

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("is a directory"));
    }

    [Test]
    public void LoadFile_OverMaxDocumentBytes_IsRefusedWithoutReading()
    {
        var path = Path.Combine(directory, "big.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(SpecLoader.MaxDocumentBytes + 1);
        }

        var result = SpecLoader.LoadFile(path);

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("limit"));
    }

    [Test]
    public void LoadFile_FiftyMegabyteValidDocument_CompletesOrIsRefusedQuickly()
    {
        var path = Path.Combine(directory, "huge.yaml");
        WriteHugeSpec(path, 50L * 1024 * 1024);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var result = SpecLoader.LoadFile(path);

        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        // CPU time is the budget (a shared CI machine stretches wall time); the wall-clock bound catches a hang.
        Assert.That(cpu, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMinutes(3)));
        Assert.That(result.Spec is not null || result.Diagnostics.Any(d => d.Message.Contains("too large", StringComparison.Ordinal)), Is.True,
            () => string.Join(Environment.NewLine, result.Diagnostics.Take(5)));
        TestContext.Out.WriteLine($"50 MB document: {clock.ElapsedMilliseconds} ms wall, {cpu.TotalMilliseconds:F0} ms CPU, spec loaded: {result.Spec is not null}, diagnostics: {result.Diagnostics.Count}");
    }

    [Test]
    public void LoadText_YamlAliasBomb_IsRefused()
    {
        var yaml = new StringBuilder("openapi: 3.1.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(CultureInfoInvariant($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"));
        }

        var clock = Stopwatch.StartNew();
        var result = SpecLoader.LoadText(yaml.ToString(), "bomb.yaml");

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("alias copies"));
    }

    [Test]
    public void LoadText_DeeplyNestedYaml_IsRefusedAtTheDepthLimit()
    {
        var yaml = "openapi: 3.1.0\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = SpecLoader.LoadText(yaml, "deep.yaml");

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("deeper than 256"));
    }

    [Test]
    public void LoadText_DeeplyNestedJson_IsRefusedAtTheDepthLimit()
    {
        var json = "{\"openapi\": \"3.1.0\", \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = SpecLoader.LoadText(json, "deep.json");

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("deeper than 256"));
    }

    [Test]
    public void LoadText_NestingJustUnderTheLimit_Loads()
    {
        var nested = new string('[', 200) + new string(']', 200);
        var yaml = $"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-deep: {nested}\n";

        var result = SpecLoader.LoadText(yaml, "ok.yaml");

        Assert.That(result.Spec, Is.Not.Null, () => string.Join(Environment.NewLine, result.Diagnostics));
    }

    /// <summary>A valid document of about <paramref name="bytes"/> bytes: many small paths with one schema each.</summary>
    private static void WriteHugeSpec(string path, long bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("openapi: 3.1.0\ninfo: {title: huge, version: '1'}\npaths:\n");
        for (var i = 0; writer.BaseStream.Length < bytes; i++)
        {
            writer.Write(CultureInfoInvariant($"  /resource{i}:\n    get:\n      operationId: get{i}\n      description: '{new string('d', 400)}'\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{type: object, properties: {{id: {{type: string}}}}}}\n"));
        }
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
