using System.Buffers;
using System.Text;
using System.Text.Json;
using Conformance.Mock.Journal;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Http;

/// <summary>
/// Reads a JSON request body defensively, for every module: 415 unless the media type is JSON, 413
/// over the limit, 400 for invalid UTF-8, an empty body, malformed JSON, a duplicate member or a body
/// that is not an object. On failure the module's <see cref="BodyErrorWriter"/> has written the answer
/// and null is returned. The text read is kept for the request journal.
/// </summary>
public static class JsonBodyReader
{
    private const int JournalLimit = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<JsonDocument?> ReadAsync(HttpContext context, BodyErrorWriter writeError, JsonBodyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writeError);
        options ??= JsonBodyOptions.Default;
        var problem = await ReadCoreAsync(context, options);
        if (problem.Document is { } document)
        {
            return document;
        }

        await writeError(context, problem.Problem!);
        return null;
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

    private static async Task<(JsonDocument? Document, BodyProblem? Problem)> ReadCoreAsync(HttpContext context, JsonBodyOptions options)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return Refuse(BodyProblemKind.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.");
        }

        var tooLarge = (BodyProblemKind.TooLarge, StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {options.MaxBytes} bytes.");
        if (request.ContentLength > options.MaxBytes)
        {
            return Refuse(tooLarge);
        }

        byte[] bytes;
        try
        {
            bytes = await ReadLimitedAsync(request.Body, options.MaxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(tooLarge);
        }

        if (bytes.Length > options.MaxBytes)
        {
            return Refuse(tooLarge);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(BodyProblemKind.NotUtf8, StatusCodes.Status400BadRequest, "The request body is not valid UTF-8.");
        }

        context.Items[JournalMiddleware.BodyItemKey] = text.Length <= JournalLimit ? text : text[..JournalLimit];
        if (text.AsSpan().Trim().IsEmpty)
        {
            return Refuse(BodyProblemKind.Empty, StatusCodes.Status400BadRequest, "The request body is empty; a JSON object is required.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = !options.RejectDuplicateMembers });
        }
        catch (JsonException ex)
        {
            return ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                ? Refuse(BodyProblemKind.DuplicateMember, StatusCodes.Status400BadRequest, $"The request body names a member twice (line {ex.LineNumber + 1}).")
                : Refuse(BodyProblemKind.Malformed, StatusCodes.Status400BadRequest, $"The request body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).");
        }

        if (options.RequireObject && document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return Refuse(BodyProblemKind.NotAnObject, StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        return (document, null);
    }

    private static (JsonDocument?, BodyProblem?) Refuse((BodyProblemKind Kind, int Status, string Message) problem) =>
        Refuse(problem.Kind, problem.Status, problem.Message);

    private static (JsonDocument?, BodyProblem?) Refuse(BodyProblemKind kind, int status, string message) =>
        (null, new BodyProblem(kind, status, message));

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
