using System.Text.Json.Nodes;
using Conformance.Runner.Results;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Checks.SiviAfs;

/// <summary>
/// SIVI: "if a query parameter is a valid identifier, but the underlying resource cannot be found,
/// the status code 204 No Content is returned". A retrieve that selects nothing answers 204 with an
/// empty body — never 200 with an empty list — and a 204 carries no body.
/// </summary>
public sealed class NoMatchNoContentCheck : IExchangeCheck, IApiCheck
{
    public string Id => "sivi_afs_no_match_no_content";
    public string ApiId => "sivi-afs";
    public string Title => "A valid query that selects nothing answers 204 without a body";
    public string SpecReference => "SIVI AFS query parameters (204 No Content); contract, response NoContent";
    public Severity DefaultSeverity => Severity.Error;
    public bool IsMandatory => false;

    public bool AppliesTo(ExchangeContext context) =>
        !context.IsInbound && context.Operation is { Method: "GET" } operation && context.Response is { } response
        && operation.Responses.ContainsKey("204") && (response.StatusCode == 204 || (response.StatusCode == 200 && context.Json is JsonObject));

    public IEnumerable<Finding> Evaluate(ExchangeContext context)
    {
        if (context.Response!.StatusCode == 204)
        {
            if (context.HasBody)
            {
                yield return this.Fail("204 No Content carries a body");
            }

            yield break;
        }

        if (!context.Conventions.Pagination.Pages(context.Operation!))
        {
            yield break;
        }

        var items = context.Conventions.Pagination.ItemsOf(context.Operation!.OperationId);
        if (JsonPointerPattern.Select(context.Json, items).FirstOrDefault() is not JsonArray { Count: > 0 })
        {
            yield return this.Fail($"200 with no datasets at '{items}': a query that selects nothing must answer 204", instancePointer: items);
        }
    }
}
