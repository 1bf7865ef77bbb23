using System.Text.Json;
using Conformance.Mock.Apis.Finum.Model;
using Conformance.Mock.Defects;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.WebUtilities;

namespace Conformance.Mock.Apis.Finum.Http;

/// <summary>
/// RFC 9457 answers. <c>type</c> is <c>https://problems.finum-sync.example/&lt;kind&gt;</c> with the
/// kinds the contract names; statuses without a kind of their own use <c>about:blank</c>.
/// </summary>
public static class FinumProblems
{
    public const string TypeBase = "https://problems.finum-sync.example/";
    public const string ContentType = "application/problem+json";

    /// <summary>The exact header the contract requires on every 401.</summary>
    public const string WwwAuthenticate = "Bearer error=\"invalid_token\"";

    public static Task WriteAsync(HttpContext context, int status, string detail, IReadOnlyList<FinumFieldError>? errors = null)
    {
        if (status == StatusCodes.Status400BadRequest && context.RequestServices.GetService<ActiveDefects>()?.IsOn(FinumDefects.ServerErrorOnBadInput) == true)
        {
            status = StatusCodes.Status500InternalServerError;
        }

        (string? kind, string title) = status switch
        {
            400 => ("validation-error", "Invalid request"),
            401 => ("invalid-token", "Invalid token"),
            404 => ("not-found", "Not found"),
            409 => ("invalid-transition", "Invalid status transition"),
            413 => ("payload-too-large", "Payload too large"),
            415 => ("unsupported-media-type", "Unsupported media type"),
            _ => (null, ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error"),
        };
        var problem = new FinumProblem(kind is null ? "about:blank" : TypeBase + kind, title, status, detail, errors);
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = WwwAuthenticate;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(problem, FinumJson.Context.FinumProblem);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public static Task BadRequestAsync(HttpContext context, IReadOnlyList<FinumFieldError> errors, bool aboutBody)
    {
        var noun = errors.Count == 1 ? "error" : "errors";
        var detail = aboutBody
            ? $"The request body has {errors.Count} {noun}."
            : $"The request has {errors.Count} invalid parameter{(errors.Count == 1 ? "" : "s")}.";
        return WriteAsync(context, StatusCodes.Status400BadRequest, detail, errors);
    }
}
