using System.Text.Json.Nodes;
using Conformance.Runner.Engine;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks;

/// <summary>
/// Where the spec documents errors as <c>application/problem+json</c>, every 4xx/5xx answer is a
/// problem details object: that media type, a JSON object whose <c>status</c> (when present)
/// equals the HTTP status and whose <c>type</c>/<c>title</c>/<c>detail</c> are strings.
/// </summary>
public sealed class ProblemDetailsConformanceCheck : IExchangeCheck
{
    private const string ProblemJson = "application/problem+json";

    public string Id => "problem_details_conformance";
    public string Title => "Errors are RFC 9457 problem details";
    public Severity DefaultSeverity => Severity.Error;
    public string SpecReference => "RFC 9457 §3";
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is { StatusCode: >= 400 and < 600 }
        && context.Operation.Responses.Values.Any(r => r.Content.Keys.Any(k => MediaTypes.Essence(k) == ProblemJson));

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var status = context.Response!.StatusCode;
        if (context.MediaType != ProblemJson)
        {
            yield return this.Fail($"error {status} was sent as '{context.MediaType ?? "no content type"}', not {ProblemJson}");
            yield break;
        }

        if (context.Json is not JsonObject problem)
        {
            yield return this.Fail($"error {status} is not a JSON object{(context.JsonError is { } e ? $": {e}" : string.Empty)}");
            yield break;
        }

        if (problem["status"] is { } s && !(JsonValues.TryGetNumber(s, out var n) && (int)n == status))
        {
            yield return this.Fail($"'status' is {s.ToJsonString()} but the HTTP status is {status}", instancePointer: "/status");
        }

        foreach (var member in new[] { "type", "title", "detail", "instance" })
        {
            if (problem[member] is { } value && !JsonValues.TryGetString(value, out _))
            {
                yield return this.Fail($"'{member}' must be a string", instancePointer: $"/{member}");
            }
        }
    }
}
