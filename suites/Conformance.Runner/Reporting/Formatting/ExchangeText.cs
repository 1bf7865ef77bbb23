using System.Text;
using Conformance.Runner.Results;

namespace Conformance.Runner.Reporting.Formatting;

/// <summary>An exchange as plain text, HTTP-style (<c>&gt;</c> request, <c>&lt;</c> response), for JUnit and logs.</summary>
public static class ExchangeText
{
    public static string Format(ExchangeRecord exchange)
    {
        var text = new StringBuilder();
        var label = exchange.Direction == ExchangeDirection.InboundCallback ? "callback received" : "request";
        text.Append("# ").Append(label).Append(" (").Append(DurationText.Format(exchange.Elapsed)).Append(")\n");
        text.Append("> ").Append(exchange.Request.Method).Append(' ').Append(exchange.Request.Url).Append('\n');
        AppendHeaders(text, "> ", exchange.Request.Headers);
        AppendBody(text, exchange.Request.Body, truncated: false, 0);

        if (exchange.Response is { } response)
        {
            text.Append("< ").Append(response.StatusCode).Append('\n');
            AppendHeaders(text, "< ", response.Headers);
            AppendBody(text, response.Body, response.BodyTruncated, response.BodyLength);
        }
        else
        {
            text.Append("< no response: ").Append(exchange.TransportError ?? "unknown transport error").Append('\n');
        }

        if (exchange.Curl is { } curl)
        {
            text.Append("# reproduce:\n").Append(curl).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendHeaders(StringBuilder text, string prefix, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        foreach (var header in headers)
        {
            text.Append(prefix).Append(header.Key).Append(": ").Append(header.Value).Append('\n');
        }
    }

    private static void AppendBody(StringBuilder text, string? body, bool truncated, long length)
    {
        if (string.IsNullOrEmpty(body))
        {
            return;
        }

        text.Append('\n').Append(BodyText.Pretty(body)).Append('\n');
        if (truncated)
        {
            text.Append('[').Append(BodyText.TruncationNote(body.Length, length)).Append("]\n");
        }
    }
}
