using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Conformance.Mock.Apis.SiviAfs.Http;

/// <summary>Successful answers: JSON in the negotiated version, or 204 without a body.</summary>
public static class SiviAfsResponses
{
    public static async Task JsonAsync(HttpContext context, int status, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = SiviAfsVersioning.ContentType(context);
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        body.WriteTo(json);
    }

    public static void NoContent(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
