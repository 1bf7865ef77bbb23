using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Checks;

/// <summary>
/// Every error answer has the error body the contract declares in <c>x-conformance.errorBody</c>:
/// one of its media types, JSON matching its schema, and the HTTP status repeated where the
/// convention points (FiNUM: RFC 9457 problem details; SIVI: the AFD <c>error</c> entity; Seyna:
/// <c>{status,type,msg}</c>; Thinksurance: HTTP 200 <c>{error}</c>). Replaces <c>problem_details_conformance</c>.
/// </summary>
public sealed class ErrorBodyConformanceCheck : IExchangeCheck
{
    public string Id => "error_body_conformance";
    public string Title => "Error answers have the declared error body";
    public string SpecReference => "x-conformance errorBody (docs/conventions.md); FiNUM: RFC 9457 §3";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is not null && context.Response is not null
        && context.Conventions.ErrorBody is { } declared
        && !declared.ExceptOperations.Contains(context.Operation.OperationId)
        && StatusPatterns.MatchesAny(declared.Statuses, context.Response.StatusCode)
        && (declared.BodyMember is null || JsonPointerPattern.Select(context.Json, declared.BodyMember).Any());

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var declared = context.Conventions.ErrorBody!;
        var status = context.Response!.StatusCode;
        var pointer = declared.Schema.Pointer;
        if (context.MediaType is not { } mediaType || !declared.MediaTypes.Any(m => MediaTypes.Matches(m, mediaType)))
        {
            yield return this.Fail($"error {status} was sent as '{context.MediaType ?? "no content type"}', not {string.Join(" or ", declared.MediaTypes)}", pointer);
            yield break;
        }

        if (context.BodyTruncated)
        {
            yield break;
        }

        if (context.Json is null)
        {
            yield return this.Fail($"error {status} has no JSON body{(context.JsonError is { } e ? $": {e}" : string.Empty)}", pointer);
            yield break;
        }

        foreach (var finding in context.Spec.Validator.Validate(declared.Schema, context.Json).Findings.Take(ResponseSchemaConformanceCheck.MaxFindings))
        {
            yield return this.Fail($"{finding.Message} (keyword '{finding.Keyword}')", finding.SchemaPointer.Length > 0 ? finding.SchemaPointer : pointer, finding.InstancePointer);
        }

        if (declared.StatusMember is not { } member)
        {
            yield break;
        }

        foreach (var (at, value) in JsonPointerPattern.Matches(context.Json, member).Where(m => !RepeatsStatus(m.Node, status)))
        {
            yield return this.Fail($"'{at}' is {value?.ToJsonString() ?? "null"} but the HTTP status is {status}", pointer, at);
        }
    }

    private static bool RepeatsStatus(JsonNode? value, int status) =>
        JsonValues.TryGetNumber(value, out var number) ? number == status
        : JsonValues.TryGetString(value, out var text) && text == status.ToString(CultureInfo.InvariantCulture);
}
