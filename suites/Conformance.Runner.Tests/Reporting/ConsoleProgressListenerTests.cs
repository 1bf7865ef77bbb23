using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Terminal;
using Conformance.Runner.Results;

namespace Conformance.Runner.Tests.Reporting;

internal sealed class ConsoleProgressListenerTests
{
    private static readonly ConsoleProgressOptions Plain = new() { Plain = true, Width = 120 };

    private static string Replay(RunResult run, ConsoleProgressOptions options)
    {
        using var writer = new StringWriter();
        var listener = ConsoleProgressListener.Create(writer, options);
        IRunListener events = listener;
        foreach (var api in run.Apis)
        {
            listener.ApiStarted(api.ApiId, api.ProviderBaseUrl, api.Flows.Count, api.GeneratedCases.Count);
            foreach (var flow in api.Flows)
            {
                events.FlowStarted(api.ApiId, flow.WorkflowId);
                listener.FlowFinished(api.ApiId, flow);
            }

            foreach (var generated in api.GeneratedCases)
            {
                listener.GeneratedCaseFinished(api.ApiId, generated);
            }

            listener.ApiFinished(api);
        }

        listener.WriteSummary(run, "conformance-report");
        return writer.ToString().ReplaceLineEndings("\n");
    }

    [Test]
    public void FlowFinished_PlainOutput_WritesOneAsciiLinePerFlow()
    {
        var output = Replay(SampleRuns.NotConformant(), Plain);

        Assert.That(output, Does.Contain("  PASS  sync_contracts (184 ms)\n"));
        Assert.That(output, Does.Contain("  FAIL  proposal_callback (2.31 s)  response_schema_conformance, callback_conformance, status_code_conformance\n"));
        Assert.That(output, Does.Contain("  OMIT  order_documents (0 ms)\n"));
        Assert.That(output, Does.Contain("  XFAIL unknown_ids (35 ms)\n"));
    }

    [Test]
    public void GeneratedCaseFinished_PassingCase_WritesNothing()
    {
        var output = Replay(SampleRuns.NotConformant(), Plain);

        Assert.That(output, Does.Contain("  FAIL  listContracts.negative_data.1 (19 ms)  negative_data_rejection\n"));
        Assert.That(output, Does.Not.Contain("listContracts.valid_request"));
        Assert.That(output, Does.Contain("  generated cases: 3 passed, 1 failed, 1 omitted\n"));
    }

    [Test]
    public void WriteSummary_PlainOutput_HasNoEscapeCodesAndEndsWithTheVerdict()
    {
        var output = Replay(SampleRuns.NotConformant(), Plain);

        Assert.That(output, Does.Not.Contain("\u001b"));
        Assert.That(output, Does.Contain("| finum | NOT CONFORMANT |"));
        Assert.That(output, Does.Contain("| seyna | UNREACHABLE    |"));
        Assert.That(output, Does.Contain("Verdict: NOT CONFORMANT (8.42 s) — failing checks: response_schema_conformance, callback_conformance, status_code_conformance, negative_data_rejection, provider_reachable\n"));
        Assert.That(output, Does.EndWith("Reports: conformance-report (index.html, junit.xml, results.json, summary.md)\n"));
    }

    [Test]
    public void ApiFinished_UnreachableApi_NamesTheReason()
    {
        var output = Replay(SampleRuns.NotConformant(), Plain);

        Assert.That(output, Does.Contain("  FAIL  provider_reachable: Connection refused (127.0.0.1:9).\nseyna: UNREACHABLE\n"));
    }

    [Test]
    public void FlowFinished_RichOutput_UsesSymbols()
    {
        // Colours depend on the terminal the tests run in; the symbols do not.
        var output = System.Text.RegularExpressions.Regex.Replace(
            Replay(SampleRuns.NotConformant(), new ConsoleProgressOptions { Plain = false, Width = 200 }), "\u001b\\[[0-9;]*m", string.Empty);

        Assert.That(output, Does.Contain("✓ sync_contracts (184 ms)"));
        Assert.That(output, Does.Contain("✗ proposal_callback (2.31 s)"));
        Assert.That(output, Does.Contain("≈ unknown_ids (35 ms)"));
    }

    [Test]
    public void ApiStarted_UrlWithUserInformation_MasksIt()
    {
        using var writer = new StringWriter();
        var listener = ConsoleProgressListener.Create(writer, Plain);

        listener.ApiStarted("seyna", "https://api-user:pa55word@seyna.example/v2", 1, 0);

        Assert.That(writer.ToString(), Does.Contain("https://***@seyna.example/v2").And.Not.Contain("pa55word"));
    }

    [Test]
    public void FlowFinished_ClosedWriter_DoesNotThrow()
    {
        var writer = new StringWriter();
        var listener = ConsoleProgressListener.Create(writer, Plain);
        writer.Dispose();

        Assert.That(() => listener.FlowFinished("finum", SampleRuns.NotConformant().Apis[0].Flows[0]), Throws.Nothing);
    }

    [TestCase(true, null, null, true)]
    [TestCase(false, "1", null, true)]
    [TestCase(false, null, "dumb", true)]
    [TestCase(false, "", "xterm-256color", false)]
    public void FromEnvironment_TtyAndVariables_DecidesPlain(bool redirected, string? noColor, string? term, bool plain)
    {
        var variables = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        var options = ConsoleProgressOptions.FromEnvironment(redirected, name => variables.GetValueOrDefault(name));

        Assert.That(options.Plain, Is.EqualTo(plain));
    }
}
