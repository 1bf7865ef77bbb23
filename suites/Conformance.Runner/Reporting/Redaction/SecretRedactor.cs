using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Redaction;

/// <summary>
/// Masks secrets in a finished run before any report is written. The runner masks while recording;
/// this is the second line of defence, so every report writer passes its input through here.
/// Credentials seen in secret headers are also masked wherever else they appear (bodies, URLs,
/// messages), since a provider may echo them back.
/// </summary>
public static class SecretRedactor
{
    /// <summary>Shortest credential value hunted for elsewhere; shorter ones would mask ordinary text.</summary>
    private const int MinimumEchoLength = 8;

    public static RunResult Redact(RunResult result)
    {
        var text = new TextRedactor(CollectCredentials(result), MinimumEchoLength);
        return result with { Apis = [.. result.Apis.Select(api => RedactApi(api, text))] };
    }

    /// <summary>Masks secret-looking patterns in one piece of text (no run-wide credential list).</summary>
    public static string RedactText(string text) => new TextRedactor([], MinimumEchoLength).Redact(text) ?? string.Empty;

    private static ApiRunResult RedactApi(ApiRunResult api, TextRedactor text) => api with
    {
        ProviderBaseUrl = text.Redact(api.ProviderBaseUrl) ?? string.Empty,
        Flows = [.. api.Flows.Select(flow => flow with
        {
            Steps = [.. flow.Steps.Select(step => step with
            {
                Exchanges = RedactExchanges(step.Exchanges, text),
                Findings = RedactFindings(step.Findings, text),
                Outputs = [.. step.Outputs.Select(o => new KeyValuePair<string, string>(o.Key, text.Redact(o.Value) ?? string.Empty))],
            })],
            Findings = RedactFindings(flow.Findings, text),
        })],
        GeneratedCases = [.. api.GeneratedCases.Select(c => c with
        {
            Exchanges = RedactExchanges(c.Exchanges, text),
            Findings = RedactFindings(c.Findings, text),
        })],
        Findings = RedactFindings(api.Findings, text),
    };

    private static IReadOnlyList<ExchangeRecord> RedactExchanges(IReadOnlyList<ExchangeRecord> exchanges, TextRedactor text) =>
        [.. exchanges.Select(e => e with
        {
            Request = e.Request with
            {
                Url = text.Redact(e.Request.Url) ?? string.Empty,
                Headers = RedactHeaders(e.Request.Headers, text),
                Body = text.Redact(e.Request.Body),
            },
            Response = e.Response is null ? null : e.Response with
            {
                Headers = RedactHeaders(e.Response.Headers, text),
                Body = text.Redact(e.Response.Body),
            },
            TransportError = text.Redact(e.TransportError),
            Curl = text.Redact(e.Curl),
        })];

    private static IReadOnlyList<Finding> RedactFindings(IReadOnlyList<Finding> findings, TextRedactor text) =>
        [.. findings.Select(f => f with { Message = text.Redact(f.Message) ?? string.Empty })];

    private static IReadOnlyList<KeyValuePair<string, string>> RedactHeaders(
        IReadOnlyList<KeyValuePair<string, string>> headers, TextRedactor text) =>
        [.. headers.Select(h => new KeyValuePair<string, string>(
            h.Key,
            SecretPatterns.SecretHeaders.Contains(h.Key) ? MaskCredential(h.Value) : text.Redact(h.Value) ?? string.Empty))];

    /// <summary>Keeps the scheme (<c>Bearer ***</c>) so a reader still sees which kind of auth was sent.</summary>
    internal static string MaskCredential(string value)
    {
        var scheme = SecretPatterns.AuthScheme().Match(value);
        return scheme.Success ? scheme.Value + SecretPatterns.Mask : SecretPatterns.Mask;
    }

    private static HashSet<string> CollectCredentials(RunResult result)
    {
        var credentials = new HashSet<string>(StringComparer.Ordinal);
        var requests = result.Apis.SelectMany(api =>
            api.Flows.SelectMany(f => f.Steps).SelectMany(s => s.Exchanges)
                .Concat(api.GeneratedCases.SelectMany(c => c.Exchanges)));
        foreach (var exchange in requests)
        {
            var headers = exchange.Request.Headers.Concat(exchange.Response?.Headers ?? []);
            foreach (var header in headers.Where(h => SecretPatterns.SecretHeaders.Contains(h.Key)))
            {
                var value = SecretPatterns.AuthScheme().Replace(header.Value, string.Empty).Trim();
                if (value.Length >= MinimumEchoLength && !value.Contains(SecretPatterns.Mask, StringComparison.Ordinal))
                {
                    credentials.Add(value);
                }
            }
        }

        return credentials;
    }
}
