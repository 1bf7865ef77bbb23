using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Seyna.Http;

/// <summary>
/// Seyna's answers: JSON bodies, and every failure as <c>{object: "error", status, type, msg}</c> whose
/// <c>status</c> repeats the HTTP status (401 also carries the Basic challenge).
/// </summary>
public static class SeynaResponses
{
    public const string Challenge = "Basic realm=\"seyna\", charset=\"UTF-8\"";

    // Names and addresses are French: written as UTF-8, not as \u escapes.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string TypeOf(int status) => status switch
    {
        400 => "invalid_request",
        401 => "authentication_error",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        >= 500 => "api_error",
        _ => "invalid_request",
    };

    public static Task ErrorAsync(HttpContext context, int status, string msg)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = Challenge;
        }

        return JsonAsync(context, status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("object", "error");
            writer.WriteNumber("status", StatusMismatch(context) ? StatusCodes.Status400BadRequest : status);
            writer.WriteString("type", TypeOf(status));
            writer.WriteString("msg", msg);
            writer.WriteEndObject();
        });
    }

    private static bool StatusMismatch(HttpContext context) =>
        context.RequestServices.GetService<ActiveDefects>()?.IsOn(SeynaDefects.ErrorStatusMismatch) == true;

    public static async Task BytesAsync(HttpContext context, int status, byte[] json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    public static Task JsonAsync(HttpContext context, int status, JsonNode body) => JsonAsync(context, status, writer => body.WriteTo(writer));

    public static async Task JsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
