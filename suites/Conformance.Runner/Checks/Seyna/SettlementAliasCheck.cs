using System.Text.Json.Nodes;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Seyna;

/// <summary>
/// <c>settlement-events</c> answers what <c>settlement-versions</c> answers: the same items for the same
/// portfolio, limit and sort, judged against the canonical answer read earlier in the run.
/// </summary>
public sealed class SettlementAliasCheck : IExchangeCheck, IApiCheck
{
    public string Id => "seyna_settlement_alias";
    public string ApiId => SeynaAnswers.ApiId;
    public string Title => "settlement-events answers what settlement-versions answers";
    public string SpecReference => "Seyna contract: listSettlementEvents (x-alias-of: listSettlementVersions)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        context.Operation?.OperationId == "listSettlementEvents" && context.Response is { StatusCode: 200 } && context.Json is JsonObject
        && string.IsNullOrEmpty(PaginationConformanceCheck.QueryValue(context.Exchange.Request.Url, "from"));

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var url = new Uri(context.Exchange.Request.Url);
        var canonicalPath = url.AbsolutePath[..^"settlement-events".Length] + "settlement-versions";
        var canonical = context.Earlier.LastOrDefault(e => e.Operation?.OperationId == "listSettlementVersions" && e.Response is { StatusCode: 200 }
            && Uri.TryCreate(e.Exchange.Request.Url, UriKind.Absolute, out var other) && other.AbsolutePath == canonicalPath && other.Query == url.Query);
        if (canonical?.Json?["data"] is JsonArray expected && !JsonNode.DeepEquals(expected, context.Json!["data"]))
        {
            yield return this.Fail("settlement-events served other items than settlement-versions for the same query", instancePointer: "/data");
        }
    }
}
