namespace Conformance.Specs.Model.Building;

/// <summary>
/// The members each <c>x-conformance</c> object may have, keyed by how <c>docs/conventions.md</c>
/// names them (a test keeps the two in sync); anything else is an unknown-member error.
/// </summary>
internal static class ConventionsVocabulary
{
    public static readonly string[] Root = ["refusals", "errorBody", "requestDefaults", "pagination", "idDiscovery"];
    public static readonly string[] Refusals = ["badInput", "credentials", "scope"];
    public static readonly string[] Refusal = ["status", "bodyMember"];
    public static readonly string[] ErrorBody = ["schema", "mediaTypes", "statuses", "bodyMember", "statusMember", "exceptOperations"];
    public static readonly string[] RequestDefaults = ["headers"];
    public static readonly string[] Pagination = ["style", "items", "itemsByOperation", "limit", "offset", "cursor", "next"];
    public static readonly string[] IdRule = ["parameter", "in", "operations", "operation", "values", "ids"];

    /// <summary>Every member with the prefix the documentation writes before it (e.g. <c>errorBody.</c>).</summary>
    public static IEnumerable<string> Documented() =>
        Root
            .Concat(Refusals.SelectMany(r => Refusal.Select(m => $"refusals.{r}.{m}")))
            .Concat(ErrorBody.Select(m => $"errorBody.{m}"))
            .Concat(RequestDefaults.Select(m => $"requestDefaults.{m}"))
            .Concat(Pagination.Select(m => $"pagination.{m}"))
            .Concat(IdRule);
}
