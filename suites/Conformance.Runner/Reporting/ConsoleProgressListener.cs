using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Reporting.Terminal;
using Conformance.Runner.Results;
using Spectre.Console;

namespace Conformance.Runner.Reporting;

/// <summary>
/// Live progress on the console: a heading per API, one line per flow as it finishes (outcome,
/// workflow id, duration, failing check ids), one line per generated case that did not pass, the
/// API's verdict, and at the end <see cref="WriteSummary"/>'s table. Console failures (a closed pipe)
/// are swallowed: progress must never break a run.
/// </summary>
public sealed class ConsoleProgressListener : IRunListener
{
    private readonly IAnsiConsole _console;
    private readonly bool _plain;

    public ConsoleProgressListener(IAnsiConsole console, ConsoleProgressOptions options)
    {
        _console = console;
        _plain = options.Plain;
    }

    /// <summary>A listener writing to <paramref name="writer"/>, with colours and symbols unless <paramref name="options"/> say plain.</summary>
    public static ConsoleProgressListener Create(TextWriter writer, ConsoleProgressOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = options.Plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = options.Plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (options.Width is { } width)
        {
            console.Profile.Width = width;
        }

        if (options.Plain)
        {
            console.Profile.Capabilities.Unicode = false;
        }

        return new ConsoleProgressListener(console, options);
    }

    public void ApiStarted(string apiId, string providerBaseUrl, int flowCount, int generatedCaseCount) => Safely(() =>
        WriteLine(
            $"{Bold(apiId)} {Markup.Escape(SecretRedactor.RedactText(providerBaseUrl))} — {flowCount} flow{(flowCount == 1 ? "" : "s")}, "
            + $"{generatedCaseCount} generated case{(generatedCaseCount == 1 ? "" : "s")}"));

    public void FlowFinished(string apiId, FlowResult flow) => Safely(() =>
        Line(flow.Outcome, flow.WorkflowId, flow.Duration, flow.AllFindings().FailingCheckIds()));

    public void GeneratedCaseFinished(string apiId, GeneratedCaseResult result) => Safely(() =>
    {
        // Passing cases are many and say little; only those that need a look get a line.
        if (result.Outcome is Outcome.Failed or Outcome.ExpectedFailure)
        {
            Line(result.Outcome, result.CaseId, result.Duration, result.Findings.FailingCheckIds());
        }
    });

    public void ApiFinished(ApiRunResult result) => Safely(() =>
    {
        if (result.GeneratedCases.Count > 0)
        {
            var counts = OutcomeCounts.Of(result.GeneratedCases.Select(c => c.Outcome));
            WriteLine($"  generated cases: {Markup.Escape(counts.ToString())}");
        }

        foreach (var finding in result.Findings.Where(f => f.IsBlocking()))
        {
            WriteLine($"  {ProgressSymbols.Outcome(Outcome.Failed, _plain)} {Markup.Escape(finding.CheckId)}: {Markup.Escape(SecretRedactor.RedactText(finding.Message))}");
        }

        WriteLine($"{Bold(result.ApiId)}: {ProgressSymbols.Verdict(result.Verdict, _plain)}");
        WriteLine(string.Empty);
    });

    /// <summary>
    /// The end of the run: a table per API (verdict, flows, generated cases, blocking findings), the
    /// overall verdict with the failing check ids, and where the reports are when <paramref name="reportDirectory"/> is given.
    /// </summary>
    public void WriteSummary(RunResult result, string? reportDirectory = null) => Safely(() =>
    {
        _console.Write(SummaryTable.Build(result, _plain));
        var failing = result.Apis.SelectMany(a => a.AllFindings()).FailingCheckIds();
        var line = $"Verdict: {ProgressSymbols.Verdict(result.Verdict, _plain)} ({DurationText.Format(result.Duration)})";
        if (failing.Count > 0)
        {
            line += $" — failing checks: {Markup.Escape(string.Join(", ", failing))}";
        }

        WriteLine(line);
        if (reportDirectory is not null)
        {
            WriteLine($"Reports: {Markup.Escape(reportDirectory)} (index.html, junit.xml, results.json, summary.md)");
        }
    });

    private void Line(Outcome outcome, string id, TimeSpan duration, IReadOnlyList<string> failingChecks)
    {
        var checks = failingChecks.Count == 0 ? string.Empty : "  " + Colour("red", string.Join(", ", failingChecks));
        WriteLine($"  {ProgressSymbols.Outcome(outcome, _plain)} {Markup.Escape(id)} {Colour("grey", $"({DurationText.Format(duration)})")}{checks}");
    }

    /// <summary>Plain output bypasses Spectre's wrapping: a CI log line must stay one line, however long.</summary>
    private void WriteLine(string markup)
    {
        if (_plain)
        {
            _console.Profile.Out.Writer.WriteLine(markup.RemoveMarkup());
        }
        else
        {
            _console.MarkupLine(markup);
        }
    }

    private string Bold(string text) => _plain ? Markup.Escape(text) : $"[bold]{Markup.Escape(text)}[/]";

    private string Colour(string colour, string text) => _plain ? Markup.Escape(text) : $"[{colour}]{Markup.Escape(text)}[/]";

    private static void Safely(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The console went away (closed pipe, disposed writer): the run and its reports go on.
        }
    }
}
