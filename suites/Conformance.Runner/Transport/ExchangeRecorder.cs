using Conformance.Runner.Results;

namespace Conformance.Runner.Transport;

/// <summary>
/// Turns a sent request and its result into the masked <see cref="ExchangeRecord"/> reports show,
/// with the credentials the authenticating stage added. Bodies are kept up to
/// <see cref="RecordedBodyChars"/> characters.
/// </summary>
public static class ExchangeRecorder
{
    /// <summary>Characters of a body kept in a record (64 Ki), so reports stay readable.</summary>
    public const int RecordedBodyChars = 64 * 1024;

    /// <param name="request">The request as built (before credentials were added).</param>
    /// <param name="result">Its answer; <see cref="TransportResult.CredentialHeaders"/> are recorded as sent.</param>
    /// <param name="masker">Masks the run's known secrets too (default: patterns only).</param>
    public static ExchangeRecord Outbound(TransportRequest request, TransportResult result, SecretMasker? masker = null)
    {
        masker ??= SecretMasker.Patterns;
        IReadOnlyList<KeyValuePair<string, string>> headers = [.. request.Headers, .. result.CredentialHeaders];
        if (request.ContentType is not null && request.Body is not null && !headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers = [.. headers, new("Content-Type", request.ContentType)];
        }

        var record = new HttpRequestRecord
        {
            Method = request.Method.ToUpperInvariant(),
            Url = masker.MaskText(request.Url) ?? string.Empty,
            Headers = masker.MaskHeaders(headers),
            Body = Cut(masker.MaskBody(request.Body), out _),
        };
        return new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = record,
            Response = result.StatusCode is { } status ? Response(status, result, masker) : null,
            TransportError = result.StatusCode is null ? masker.MaskText(result.ErrorMessage ?? result.Error.ToString()) : null,
            Elapsed = result.Elapsed,
            Curl = CurlCommand.For(record),
        };
    }

    /// <summary>The token exchanges made to authenticate <paramref name="result"/>'s request, recorded in order.</summary>
    public static IReadOnlyList<ExchangeRecord> CredentialExchanges(TransportResult result, SecretMasker? masker = null) =>
        [.. result.CredentialExchanges.Select(e => Outbound(e.Request, e.Result, masker))];

    private static HttpResponseRecord Response(int status, TransportResult result, SecretMasker masker)
    {
        var body = Cut(masker.MaskBody(result.BodyText), out var cut);
        return new HttpResponseRecord
        {
            StatusCode = status,
            Headers = masker.MaskHeaders(result.Headers),
            ContentType = result.ContentType,
            Body = body,
            BodyTruncated = cut || result.BodyTruncated,
            BodyLength = result.BodyLength,
        };
    }

    public static string? Cut(string? text, out bool truncated)
    {
        truncated = text is not null && text.Length > RecordedBodyChars;
        return truncated ? text![..RecordedBodyChars] : text;
    }
}
