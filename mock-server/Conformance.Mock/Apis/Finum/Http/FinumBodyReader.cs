using System.Buffers;
using System.Text;
using System.Text.Json;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Hosting;
using Conformance.Mock.Journal;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>
/// Reads a JSON request body defensively: 415 unless the media type is JSON, 413 over 1 MiB, 400 for
/// invalid UTF-8, an empty body, malformed JSON or a body that is not an object. On failure the answer
/// is already written and null is returned.
/// </summary>
public static class FinumBodyReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<JsonDocument?> ReadObjectAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            await FinumProblems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.");
            return null;
        }

        if (request.ContentLength > ReferenceProvider.MaxRequestBodyBytes)
        {
            await TooLargeAsync(context);
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(request.Body, ReferenceProvider.MaxRequestBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(context);
            return null;
        }

        if (bytes.Length > ReferenceProvider.MaxRequestBodyBytes)
        {
            await TooLargeAsync(context);
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            await BadAsync(context, "The request body is not valid UTF-8.");
            return null;
        }

        context.Items[JournalMiddleware.BodyItemKey] = text.Length <= 64 * 1024 ? text : text[..(64 * 1024)];
        if (text.Length == 0 || text.AsSpan().Trim().IsEmpty)
        {
            await BadAsync(context, "The request body is empty; a JSON object is required.");
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                await BadAsync(context, "The request body must be a JSON object.");
                return null;
            }

            return document;
        }
        catch (JsonException ex)
        {
            await BadAsync(context, $"The request body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
            return null;
        }
    }

    /// <summary><c>application/json</c> or any <c>application/*+json</c>, with an optional UTF-8 charset.</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';', StringSplitOptions.TrimEntries);
        var media = parts[0].ToLowerInvariant();
        if (media != "application/json" && !(media.StartsWith("application/", StringComparison.Ordinal) && media.EndsWith("+json", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var parameter in parts.Skip(1))
        {
            if (parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)
                && !parameter[8..].Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static Task TooLargeAsync(HttpContext context) =>
        FinumProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {ReferenceProvider.MaxRequestBodyBytes} bytes.");

    private static Task BadAsync(HttpContext context, string message) =>
        FinumProblems.BadRequestAsync(context, [new FinumFieldError("", message)], aboutBody: true);

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so an oversized body is detected without reading it all.</summary>
    private static async Task<byte[]> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
