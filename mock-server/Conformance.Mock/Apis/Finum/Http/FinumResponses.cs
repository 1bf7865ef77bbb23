using System.Buffers;
using System.Text.Json;
using Conformance.Mock.Defects;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>Writes successful JSON answers from pre-serialised records, straight into the response pipe.</summary>
public sealed class FinumResponses(ActiveDefects defects)
{
    private static readonly byte[] Open = "["u8.ToArray();
    private static readonly byte[] Close = "]"u8.ToArray();
    private static readonly byte[] Comma = ","u8.ToArray();

    private readonly string jsonContentType = defects.IsOn(FinumDefects.WrongContentType) ? "text/plain; charset=utf-8" : "application/json";

    /// <summary>Streams a JSON array of pre-serialised items into the response pipe.</summary>
    public async Task ArrayAsync(HttpContext context, IReadOnlyList<byte[]> items)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = jsonContentType;
        response.ContentLength = ArrayLength(items);
        var writer = response.BodyWriter;
        writer.Write(Open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(Comma);
            }

            writer.Write(items[i]);
        }

        writer.Write(Close);
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>The same array as <see cref="ArrayAsync"/>, rendered once into bytes that hold at <paramref name="revision"/>.</summary>
    public RenderedAnswer RenderArray(long revision, IReadOnlyList<byte[]> items)
    {
        var body = new byte[ArrayLength(items)];
        var at = 0;
        body[at++] = Open[0];
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = Comma[0];
            }

            items[i].CopyTo(body, at);
            at += items[i].Length;
        }

        body[at] = Close[0];
        return new RenderedAnswer(revision, StatusCodes.Status200OK, jsonContentType, body);
    }

    private static int ArrayLength(IReadOnlyList<byte[]> items)
    {
        var length = 2 + Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            length += item.Length;
        }

        return length;
    }

    public async Task IdsAsync(HttpContext context, IReadOnlyList<string> ids)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = jsonContentType;
        await using (var json = new Utf8JsonWriter(response.BodyWriter))
        {
            json.WriteStartArray();
            foreach (var id in ids)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public Task ObjectAsync(HttpContext context, int status, byte[] body, string? location = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = jsonContentType;
        response.ContentLength = body.Length;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        return response.Body.WriteAsync(body).AsTask();
    }
}
