using Conformance.Runner.Results;

namespace Conformance.Runner.Transport;

/// <summary>
/// Turns a sent request and its result into the masked <see cref="ExchangeRecord"/> reports show.
/// Bodies are kept up to <see cref="RecordedBodyChars"/> characters.
/// </summary>
public static class ExchangeRecorder
{
    /// <summary>Characters of a body kept in a record (64 Ki), so reports stay readable.</summary>
    public const int RecordedBodyChars = 64 * 1024;

    public static ExchangeRecord Outbound(TransportRequest request, TransportResult result)
    {
        var headers = request.ContentType is not null && request.Body is not null && !request.Headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            ? [.. request.Headers, new("Content-Type", request.ContentType)]
            : request.Headers;
        var record = new HttpRequestRecord
        {
            Method = request.Method.ToUpperInvariant(),
            Url = request.Url,
            Headers = SecretMasker.MaskHeaders(headers),
            Body = Cut(SecretMasker.MaskBody(request.Body), out _),
        };
        return new ExchangeRecord
        {
            Direction = ExchangeDirection.Outbound,
            Request = record,
            Response = result.StatusCode is { } status ? Response(status, result) : null,
            TransportError = result.StatusCode is null ? result.ErrorMessage ?? result.Error.ToString() : null,
            Elapsed = result.Elapsed,
            Curl = CurlCommand.For(record),
        };
    }

    private static HttpResponseRecord Response(int status, TransportResult result)
    {
        var body = Cut(SecretMasker.MaskBody(result.BodyText), out var cut);
        return new HttpResponseRecord
        {
            StatusCode = status,
            Headers = SecretMasker.MaskHeaders(result.Headers),
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
