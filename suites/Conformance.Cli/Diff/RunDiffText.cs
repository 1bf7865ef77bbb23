using System.Text;
using Conformance.Runner.Reporting.Markdown;

namespace Conformance.Cli.Diff;

/// <summary>
/// A <see cref="RunDiff"/> for people: plain text for a terminal or log (<c>+</c> newly failing,
/// <c>-</c> fixed, <c>=</c> still failing), or Markdown for a job summary or a pull-request comment.
/// Both end with the totals.
/// </summary>
public static class RunDiffText
{
    public static string Plain(RunDiff diff)
    {
        var text = new StringBuilder();
        foreach (var api in diff.Apis)
        {
            text.Append(api.ApiId).Append(": ").Append(Counts(api)).Append(Presence(api)).Append('\n');
            Lines(text, "  + newly failing  ", api.NewlyFailing);
            Lines(text, "  - fixed          ", api.Fixed);
            Lines(text, "  = still failing  ", api.StillFailing);
        }

        return text.Append(Totals(diff)).Append('\n').ToString();
    }

    public static string Markdown(RunDiff diff)
    {
        var md = new StringBuilder("### Changes since the previous run\n\n");
        md.Append(diff.HasNewFailures ? "❌ " : "✅ ").Append(Totals(diff)).Append("\n\n");
        foreach (var api in diff.Apis)
        {
            md.Append("#### ").Append(MarkdownText.Code(api.ApiId)).Append(": ").Append(Counts(api)).Append(Presence(api)).Append("\n\n");
            if (api.NewlyFailing.Count + api.Fixed.Count + api.StillFailing.Count == 0)
            {
                continue;
            }

            md.Append("| change | check | where |\n|---|---|---|\n");
            Rows(md, "newly failing", api.NewlyFailing);
            Rows(md, "fixed", api.Fixed);
            Rows(md, "still failing", api.StillFailing);
            md.Append('\n');
        }

        return md.ToString();
    }

    private static string Counts(ApiDiff api) =>
        $"{api.NewlyFailing.Count} newly failing, {api.Fixed.Count} fixed, {api.StillFailing.Count} still failing";

    private static string Presence(ApiDiff api) =>
        !api.InOld ? " (not in the old run)" : !api.InNew ? " (not in the new run)" : "";

    private static string Totals(RunDiff diff) =>
        $"{diff.Apis.Sum(a => a.NewlyFailing.Count)} newly failing, {diff.Apis.Sum(a => a.Fixed.Count)} fixed, {diff.Apis.Sum(a => a.StillFailing.Count)} still failing";

    private static void Lines(StringBuilder text, string prefix, IReadOnlyList<FailingCheck> checks)
    {
        foreach (var check in checks)
        {
            text.Append(prefix).Append(check.CheckId).Append("  at ").Append(check.Location).Append('\n');
        }
    }

    private static void Rows(StringBuilder md, string change, IReadOnlyList<FailingCheck> checks)
    {
        foreach (var check in checks)
        {
            md.Append("| ").Append(change).Append(" | ").Append(MarkdownText.Code(check.CheckId)).Append(" | ").Append(MarkdownText.Cell(check.Location)).Append(" |\n");
        }
    }
}
