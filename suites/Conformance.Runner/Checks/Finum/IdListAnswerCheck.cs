using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Checks.Finum;

/// <summary>
/// A FiNUM <c>*-list?id-list=…</c> answer holds only records whose <c>id</c> was asked for, each
/// once: duplicates in <c>id-list</c> are served once and unknown ids are left out, never replaced
/// by other records.
/// </summary>
public sealed class IdListAnswerCheck : IExchangeCheck, IApiCheck
{
    private const string IdList = "id-list";

    public string Id => "finum_id_list_answer";
    public string ApiId => "finum";
    public string Title => "id-list answers hold only the requested records, each once";
    public string SpecReference => "FiNUM contract, parameter id-list (duplicates served once, unknown ids left out)";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Response is { StatusCode: 200 } && context.Json is JsonArray
        && context.Operation?.Parameters.Any(p => p.Name == IdList) == true
        && PaginationConformanceCheck.QueryValue(context.Exchange.Request.Url, IdList) is not null;

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        var requested = PaginationConformanceCheck.QueryValue(context.Exchange.Request.Url, IdList)!
            .Split(',')
            .ToHashSet(StringComparer.Ordinal);
        var served = new HashSet<string>(StringComparer.Ordinal);
        return context.JsonElement is { } body ? Judge(body, requested, served) : Judge((JsonArray)context.Json!, requested, served);
    }

    /// <summary>The records as read by the context, without building a node per record.</summary>
    private IEnumerable<Finding> Judge(JsonElement records, HashSet<string> requested, HashSet<string> served)
    {
        var i = 0;
        foreach (var record in records.EnumerateArray())
        {
            if (record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String
                && Judge(value.GetString()!, i, requested, served) is { } finding)
            {
                yield return finding;
            }

            i++;
        }
    }

    private IEnumerable<Finding> Judge(JsonArray records, HashSet<string> requested, HashSet<string> served)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not JsonObject record || !JsonValues.TryGetString(record["id"], out var id))
            {
                continue;
            }

            if (Judge(id, i, requested, served) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Judge(string id, int index, HashSet<string> requested, HashSet<string> served) =>
        !requested.Contains(id) ? this.Fail($"record '{id}' was not asked for in id-list", instancePointer: $"/{index}/id")
        : !served.Add(id) ? this.Fail($"record '{id}' is served more than once", instancePointer: $"/{index}/id")
        : null;
}
