using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// A Seyna error body's <c>status</c> repeats the HTTP status, and its <c>type</c> is the one the
/// contract pairs with that status (400 <c>invalid_request</c>, 401 <c>authentication_error</c>,
/// 404 <c>not_found</c>, 405 <c>method_not_allowed</c>, 409 <c>conflict</c>, 413
/// <c>payload_too_large</c>, 415 <c>unsupported_media_type</c>, 5xx <c>api_error</c>).
/// </summary>
public sealed class ErrorStatusCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_error_status";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "An error's status equals the HTTP status and its type matches it";
    public string SpecReference => "Seyna contract: Error (status repeats the HTTP status; type per status)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public static string? TypeFor(int status) => status switch
    {
        400 => "invalid_request",
        401 => "authentication_error",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        >= 500 and <= 599 => "api_error",
        _ => null,
    };

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: >= 400 } && context.Json is JsonObject body && body.ContainsKey("status") && body.ContainsKey("type");

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var http = context.Response!.StatusCode;
        var body = context.Json!;
        if (SeynaAnswers.Number(body, "status") is not { } status || status != http)
        {
            yield return this.Fail($"status is {body["status"]?.ToJsonString() ?? "missing"}; the HTTP status is {http}", instancePointer: "/status");
        }

        if (TypeFor(http) is { } expected && SeynaAnswers.Text(body, "type") is { } type && type != expected)
        {
            yield return this.Fail($"type is '{type}'; HTTP {http} is '{expected}'", instancePointer: "/type");
        }
    }
}
