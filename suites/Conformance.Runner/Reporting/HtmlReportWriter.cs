using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conformance.Runner.Reporting.Html;
using Conformance.Runner.Reporting.Redaction;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting;

/// <summary>
/// <c>index.html</c>: one self-contained page for a provider's engineer. Order: the verdict (big,
/// coloured, with counts), what to fix (each failing check with its spec clause and links to where
/// it failed), then per API the flow table, each flow's steps and the generated cases by operation;
/// every failure with its request, response and a curl line. No external resource is loaded, and a
/// Content-Security-Policy forbids it; every model value is HTML-escaped.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string FileName => "index.html";

    public Task WriteAsync(RunResult result, string directory, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(directory, FileName), Render(result), cancellationToken);

    public static string Render(RunResult result)
    {
        var run = SecretRedactor.Redact(result);
        var html = new StringBuilder(64 * 1024);
        // The hash covers the script element's whole text, newlines around the script included: a
        // browser hashes exactly that, and refuses to run the script on any mismatch.
        var scriptText = "\n" + HtmlScript.Script + "\n";
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
            .Append(scriptHash).Append("'; img-src data:\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(OutcomeView.VerdictWord(run.Verdict))).Append(" · Conformance report</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        Header(html, run);
        VerdictSection.Write(html, run);
        FixListSection.Write(html, run);
        foreach (var api in run.Apis)
        {
            ApiSection.Write(html, api);
        }

        html.Append("<footer>conformance ").Append(E(run.ToolVersion))
            .Append(" · secrets (tokens, keys, passwords) are masked as <code>***</code>; put your own credential there to run a curl line</footer>\n</main>\n<script>")
            .Append(scriptText).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, RunResult run)
    {
        var providers = string.Join(", ", run.Apis.Select(a => a.ProviderBaseUrl).Distinct(StringComparer.Ordinal));
        html.Append("<header>\n<h1>Conformance report</h1>\n<div class=\"meta\"><span>")
            .Append(E(providers.Length == 0 ? "no provider" : providers)).Append("</span><span>started ")
            .Append(run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" UTC</span><span>took ")
            .Append(Formatting.DurationText.Format(run.Duration)).Append("</span></div>\n</header>\n");
    }
}
