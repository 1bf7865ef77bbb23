using System.Globalization;
using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Reporting.Markdown;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Markdown.MarkdownText;

namespace Conformance.Runner.Reporting;

/// <summary>
/// <c>summary.md</c>: the verdict and what failed, for a CI job summary or a pull-request comment.
/// Order: the verdict, one row per API (counts and coverage), what to fix (one row per failing
/// check with its spec clause), then each failure with its request, response and curl line, folded,
/// then the slow answers, one row per step or case.
/// Bounded: at most <see cref="MaxFailures"/> failures are spelled out, the rest are counted.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>GitHub caps a job summary at 1 MiB; this keeps one well below with large bodies.</summary>
    public const int MaxFailures = 25;

    private const string ResponseTime = "response_time";

    public string FileName => "summary.md";

    public Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);

    public static string Render(RunResult result)
    {
        var run = SecretRedactor.Redact(result);
        var md = new StringBuilder();
        var symbol = run.Verdict switch { Verdict.Conformant => "✅", Verdict.NotConformant => "❌", _ => "⚠️" };
        md.Append("## ").Append(symbol).Append(' ').Append(Word(run.Verdict)).Append("\n\n")
            .Append("conformance ").Append(Cell(run.ToolVersion)).Append(" · started ")
            .Append(run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" UTC · took ")
            .Append(DurationText.Format(run.Duration)).Append("\n\n");
        Apis(md, run);
        var failures = MarkdownFailure.All(run).ToList();
        if (failures.Count > 0)
        {
            FixList(md, failures);
            Failures(md, failures);
        }

        SlowAnswers(md, run);
        return md.ToString();
    }

    /// <summary>Each slow answer on the step or case that got it (<c>response_time</c>; they do not change the verdict).</summary>
    private static void SlowAnswers(StringBuilder md, RunResult run)
    {
        var slow = MarkdownPlace.All(run)
            .Where(p => p.Exchanges.Count > 0)
            .SelectMany(p => p.Findings.Where(f => f.CheckId == ResponseTime).Select(f => (p.Label, f.Message)))
            .ToList();
        if (slow.Count == 0)
        {
            return;
        }

        md.Append("### Slow answers\n\n| where | answer |\n|---|---|\n");
        foreach (var (label, message) in slow.Take(MaxFailures))
        {
            md.Append("| ").Append(Cell(label)).Append(" | ").Append(Cell(message)).Append(" |\n");
        }

        if (slow.Count > MaxFailures)
        {
            md.Append("\n…and ").Append(slow.Count - MaxFailures).Append(" more slow answers: see the HTML report.\n");
        }

        md.Append('\n');
    }

    private static void Apis(StringBuilder md, RunResult run)
    {
        md.Append("| API | verdict | flows | generated cases | operations exercised | documented responses reached |\n|---|---|---|---|---|---|\n");
        foreach (var api in run.Apis)
        {
            md.Append("| ").Append(Code(api.ApiId)).Append(" | ").Append(Word(api.Verdict))
                .Append(" | ").Append(OutcomeCounts.Of(api.Flows.Select(f => f.Outcome)))
                .Append(" | ").Append(OutcomeCounts.Of(api.GeneratedCases.Select(c => c.Outcome)))
                .Append(" | ").Append(api.Coverage is { } c ? $"{c.OperationsExercised} / {c.OperationsTotal}" : "–")
                .Append(" | ").Append(api.Coverage is { } r ? $"{r.ResponsesReached} / {r.ResponsesTotal}" : "–").Append(" |\n");
        }

        md.Append('\n');
    }

    private static void FixList(StringBuilder md, List<MarkdownFailure> failures)
    {
        md.Append("### What to fix\n\n| check | what is wrong | spec clause | where |\n|---|---|---|---|\n");
        var groups = failures
            .SelectMany(f => f.Findings.Select(finding => (Finding: finding, f.Label)))
            .GroupBy(x => x.Finding.CheckId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var first = group.First().Finding;
            var places = group.Select(x => x.Label).Distinct(StringComparer.Ordinal).ToList();
            md.Append("| ").Append(Code(first.CheckId)).Append(" | **").Append(Cell(first.Title)).Append("** ").Append(Cell(first.Message))
                .Append(" | ").Append(first.SpecReference is null ? "" : Code(first.SpecReference))
                .Append(" | ").Append(Cell(places[0])).Append(places.Count > 1 ? $" and {places.Count - 1} more" : "").Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Failures(StringBuilder md, List<MarkdownFailure> failures)
    {
        md.Append("### Failures\n\n");
        foreach (var failure in failures.Take(MaxFailures))
        {
            md.Append("<details><summary>").Append(Cell(failure.Label)).Append(": ")
                .Append(Cell(string.Join(", ", failure.Findings.Select(f => f.CheckId).Distinct(StringComparer.Ordinal)))).Append("</summary>\n\n");
            foreach (var finding in failure.Findings)
            {
                md.Append("- ").Append(Code(finding.CheckId)).Append(' ').Append(Cell(finding.Message));
                if (finding.SpecReference is { } clause)
                {
                    md.Append(" (").Append(Code(clause)).Append(')');
                }

                md.Append('\n');
            }

            if (failure.Exchange is { } exchange)
            {
                md.Append('\n').Append(Block(ExchangeText.Format(exchange with { Curl = null }), "http"));
                if (exchange.Curl is { } curl)
                {
                    md.Append("\nReproduce:\n\n").Append(Block(curl, "sh"));
                }
            }

            md.Append("\n</details>\n\n");
        }

        if (failures.Count > MaxFailures)
        {
            md.Append("…and ").Append(failures.Count - MaxFailures).Append(" more failures: see the HTML report.\n");
        }
    }

    private static string Word(Verdict verdict) => Html.OutcomeView.VerdictWord(verdict);
}
