using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Mock.Clock;
using Conformance.Mock.Defects;
using Conformance.Mock.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Mock.Apis.Thinksurance.Http;

/// <summary>
/// Every Thinksurance answer: HTTP 200 <c>application/json</c>, a success body or <c>{"error": …}</c>
/// from the catalogue. Request bodies are read with the kit's reader; any refusal of it is
/// <c>Invalid JSON payload.</c>, except a body over 1 MiB (<c>Payload too large.</c>).
/// </summary>
public static class ThinksuranceResponses
{
    public static Task WriteAsync(HttpContext context, JsonNode body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";

        // Date is the origin's clock (RFC 9110 §6.6.1): the provider clock, which token expiry runs on.
        if (context.RequestServices.GetService<ProviderClock>() is { } clock)
        {
            context.Response.Headers.Date = clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        }

        return context.Response.WriteAsync(body.ToJsonString());
    }

    /// <param name="credentials">The failure is about the API token (the defect that answers 401 tells them apart).</param>
    public static Task ErrorAsync(HttpContext context, string message, bool credentials = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var defects = context.RequestServices.GetService<ActiveDefects>();
        var body = new JsonObject { ["error"] = message };
        if (defects?.IsOn(ThinksuranceDefects.StatusAndError) == true)
        {
            body["status"] = "Broker Api: request failed.";
        }

        var status = defects?.IsOn(ThinksuranceDefects.FailureAsHttpError) == true
            ? credentials ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return WriteAsync(context, body, status);
    }

    /// <summary>
    /// The body read and parsed by <paramref name="read"/> (the operation's rules), or null once the
    /// refusal (body unreadable, or the first problem <paramref name="read"/> found) was written.
    /// </summary>
    public static async Task<T?> ReadAsync<T>(HttpContext context, Func<JsonElement, (T? Value, string? Problem)> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        using var body = await ReadBodyAsync(context);
        if (body is null)
        {
            return null;
        }

        // A clone outlives the pooled document, so readers may hand out elements of it.
        var (value, problem) = read(body.RootElement.Clone());
        if (value is null)
        {
            await ErrorAsync(context, problem ?? ThinksuranceErrors.InvalidJson);
        }

        return value;
    }

    /// <summary>The body as a JSON object, or null after the refusal was written.</summary>
    public static Task<JsonDocument?> ReadBodyAsync(HttpContext context) =>
        JsonBodyReader.ReadAsync(context, (c, problem) => ErrorAsync(c, problem.Kind == BodyProblemKind.TooLarge ? ThinksuranceErrors.TooLarge : ThinksuranceErrors.InvalidJson));
}
