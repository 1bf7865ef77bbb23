using System.Globalization;
using System.Text;
using Conformance.Runner.Reporting.Formatting;
using Conformance.Runner.Results;
using static Conformance.Runner.Reporting.Html.HtmlText;

namespace Conformance.Runner.Reporting.Html;

/// <summary>A request and its response side by side, bodies pretty-printed, then the curl line that reproduces it.</summary>
internal static class ExchangeView
{
    public static void Write(StringBuilder html, IReadOnlyList<ExchangeRecord> exchanges)
    {
        for (var i = 0; i < exchanges.Count; i++)
        {
            var exchange = exchanges[i];
            html.Append("<div class=\"exchange\">");
            var label = exchange.Direction == ExchangeDirection.InboundCallback ? "Callback received from the provider" : "Request to the provider";
            if (exchanges.Count > 1)
            {
                label += $" · exchange {i + 1} of {exchanges.Count}";
            }

            html.Append("<div class=\"sub\">").Append(E(label)).Append("</div>\n<div class=\"cols\">\n");
            Request(html, exchange.Request);
            Response(html, exchange);
            html.Append("</div>\n");
            if (exchange.Curl is { } curl)
            {
                html.Append("<div class=\"curl\"><code>").Append(E(curl)).Append("</code><button class=\"copy\" type=\"button\">copy</button></div>\n");
            }

            html.Append("</div>\n");
        }
    }

    private static void Request(StringBuilder html, HttpRequestRecord request)
    {
        html.Append("<div class=\"panel\"><div class=\"title\"><span class=\"method\">").Append(E(request.Method))
            .Append("</span> <span class=\"mono\">").Append(E(request.Url)).Append("</span></div>\n");
        Headers(html, request.Headers);
        Body(html, request.Body, truncated: false, length: 0);
        html.Append("</div>\n");
    }

    private static void Response(StringBuilder html, ExchangeRecord exchange)
    {
        html.Append("<div class=\"panel\">");
        if (exchange.Response is not { } response)
        {
            html.Append("<div class=\"title\">No response · ").Append(DurationText.Format(exchange.Elapsed)).Append("</div>")
                .Append("<div class=\"transport\">").Append(E(exchange.TransportError ?? "The connection ended without a response.")).Append("</div></div>\n");
            return;
        }

        var statusClass = "s" + (response.StatusCode / 100).ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"title\"><span class=\"status ").Append(statusClass).Append("\">")
            .Append(response.StatusCode.ToString(CultureInfo.InvariantCulture)).Append("</span>");
        if (response.ContentType is { } contentType)
        {
            html.Append(" · <span class=\"mono\">").Append(E(contentType)).Append("</span>");
        }

        html.Append(" · ").Append(DurationText.Format(exchange.Elapsed)).Append("</div>\n");
        Headers(html, response.Headers);
        Body(html, response.Body, response.BodyTruncated, response.BodyLength);
        html.Append("</div>\n");
    }

    private static void Headers(StringBuilder html, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (headers.Count == 0)
        {
            return;
        }

        html.Append("<details class=\"mini hdrs\"><summary>").Append(VerdictSection.Plural(headers.Count, "header")).Append("</summary><pre>");
        foreach (var header in headers)
        {
            // Secrets are masked in the model already; an Authorization header is masked again regardless.
            var value = string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? Redaction.SecretRedactor.MaskCredential(header.Value)
                : header.Value;
            html.Append(E(header.Key)).Append(": ").Append(E(value)).Append('\n');
        }

        html.Append("</pre></details>\n");
    }

    private static void Body(StringBuilder html, string? body, bool truncated, long length)
    {
        if (string.IsNullOrEmpty(body))
        {
            html.Append("<div class=\"none\">no body</div>\n");
            return;
        }

        html.Append("<pre>").Append(E(BodyText.Pretty(body))).Append("</pre>\n");
        if (truncated)
        {
            html.Append("<div class=\"trunc\">").Append(E(BodyText.TruncationNote(body.Length, length))).Append("</div>\n");
        }
    }
}
