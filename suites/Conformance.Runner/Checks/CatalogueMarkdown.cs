using System.Text;

namespace Conformance.Runner.Checks;

/// <summary>Writes <c>docs/checks.md</c>: one table per API group.</summary>
internal static class CatalogueMarkdown
{
    public static string Write(CheckCatalogue catalogue)
    {
        var text = new StringBuilder()
            .Append("# Check catalogue\n\n")
            .Append("Generated from `CheckCatalogue` (a unit test keeps this file in sync). Ids are stable: reports and\n")
            .Append("provider profiles refer to them. Only `Error` findings make a provider non-conformant; a profile may\n")
            .Append("change a check's severity unless the check is mandatory, and may list expected failures with a reason.\n")
            .Append("Exchange checks run on every request/response of every flow and generated case; the generic ones\n")
            .Append("read each API's conventions (`x-conformance`, see `docs/conventions.md`), the API-specific ones live in\n")
            .Append("`suites/Conformance.Runner/Checks/<Api>/` and run on that API's exchanges only. Workflow checks run\n")
            .Append("once on each finished workflow, over all its exchanges in order (rules no single exchange shows).\n");
        var former = Profiles.Yaml.CheckIds.Renamed;
        if (former.Count > 0)
        {
            text.Append("\nFormer ids still accepted in profiles: ")
                .Append(string.Join(", ", former.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"`{p.Key}` (now `{p.Value}`)")))
                .Append(".\n");
        }

        foreach (var group in catalogue.Groups)
        {
            text.Append(group.ApiId == CheckCatalogue.AllApis ? "\n## Every API\n\n" : $"\n## {group.ApiId}\n\n")
                .Append("| Id | Title | Default severity | Mandatory | Kind | Rule |\n")
                .Append("|---|---|---|---|---|---|\n");
            foreach (var check in group.Checks)
            {
                text.Append($"| `{check.Id}` | {check.Title} | {check.DefaultSeverity} | {(check.IsMandatory ? "yes" : "no")} | {Kind(check)} | {check.SpecReference} |\n");
            }
        }

        return text.ToString();
    }

    private static string Kind(ICheck check) => check switch
    {
        IExchangeCheck => "exchange",
        IWorkflowCheck => "workflow",
        _ => "rule",
    };
}
