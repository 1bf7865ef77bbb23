using Conformance.Runner.Results;
using Conformance.Runner.Transport;

namespace Conformance.Runner.Reporting.Redaction;

/// <summary>
/// Passes a finished run through the <see cref="SecretMasker"/> before any report is written. The
/// runner masks while recording; this is the second line of defence, so every report writer passes
/// its input through here. Credentials seen in secret headers are also masked wherever else they
/// appear (bodies, URLs, messages, step outputs), since a provider may echo them back.
/// </summary>
public static class SecretRedactor
{
    /// <summary>
    /// Runs already redacted, by the run they came from: the report writers each redact the same
    /// run, and a result is immutable, so the work (a few hundred milliseconds for a large run) is
    /// done once per run, not once per report.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RunResult, RunResult> Redacted = [];

    public static RunResult Redact(RunResult result, SecretMasker? known = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return known is null ? Redacted.GetValue(result, r => RedactWith(r, null)) : RedactWith(result, known);
    }

    private static RunResult RedactWith(RunResult result, SecretMasker? known)
    {
        var masker = new SecretMasker([.. known?.Known ?? [], .. CollectCredentials(result)]);
        return result with { Apis = [.. result.Apis.Select(api => RedactApi(api, masker))] };
    }

    /// <summary>Masks one API's results with the run's own masker (its credentials and tokens), before anyone sees them.</summary>
    public static ApiRunResult Redact(ApiRunResult api, SecretMasker masker) => RedactApi(api, masker);

    /// <summary>Masks secret-looking patterns in one piece of text (no run-wide credential list).</summary>
    public static string RedactText(string text) => SecretMasker.Patterns.MaskText(text) ?? string.Empty;

    /// <summary>Keeps the scheme (<c>Bearer ***</c>) so a reader still sees which kind of auth was sent.</summary>
    internal static string MaskCredential(string value) => SecretMasker.MaskCredential(value);

    private static ApiRunResult RedactApi(ApiRunResult api, SecretMasker masker) => api with
    {
        ProviderBaseUrl = masker.MaskText(api.ProviderBaseUrl) ?? string.Empty,
        Flows = [.. api.Flows.Select(flow => flow with
        {
            Steps = [.. flow.Steps.Select(step => step with
            {
                Exchanges = RedactExchanges(step.Exchanges, masker),
                Findings = RedactFindings(step.Findings, masker),
                Outputs = [.. step.Outputs.Select(o => new KeyValuePair<string, string>(o.Key, masker.MaskText(o.Value) ?? string.Empty))],
            })],
            Findings = RedactFindings(flow.Findings, masker),
        })],
        GeneratedCases = [.. api.GeneratedCases.Select(c => c with
        {
            Exchanges = RedactExchanges(c.Exchanges, masker),
            Findings = RedactFindings(c.Findings, masker),
        })],
        Findings = RedactFindings(api.Findings, masker),
    };

    private static IReadOnlyList<ExchangeRecord> RedactExchanges(IReadOnlyList<ExchangeRecord> exchanges, SecretMasker masker) =>
        [.. exchanges.Select(e => e with
        {
            Request = e.Request with
            {
                Url = masker.MaskText(e.Request.Url) ?? string.Empty,
                Headers = masker.MaskHeaders(e.Request.Headers),
                Body = masker.MaskBody(e.Request.Body),
            },
            Response = e.Response is null ? null : e.Response with
            {
                Headers = masker.MaskHeaders(e.Response.Headers),
                Body = masker.MaskBody(e.Response.Body),
            },
            TransportError = masker.MaskText(e.TransportError),
            Curl = masker.MaskText(e.Curl),
        })];

    private static IReadOnlyList<Finding> RedactFindings(IReadOnlyList<Finding> findings, SecretMasker masker) =>
        [.. findings.Select(f => f with { Message = masker.MaskText(f.Message) ?? string.Empty })];

    private static HashSet<string> CollectCredentials(RunResult result)
    {
        var credentials = new HashSet<string>(StringComparer.Ordinal);
        var requests = result.Apis.SelectMany(api =>
            api.Flows.SelectMany(f => f.Steps).SelectMany(s => s.Exchanges)
                .Concat(api.GeneratedCases.SelectMany(c => c.Exchanges)));
        foreach (var exchange in requests)
        {
            var headers = exchange.Request.Headers.Concat(exchange.Response?.Headers ?? []);
            foreach (var header in headers.Where(h => SecretMasker.IsSecretHeader(h.Key)))
            {
                credentials.Add(SecretPatterns.AuthScheme().Replace(header.Value, string.Empty).Trim());
            }
        }

        return credentials;
    }
}
