using System.CommandLine;
using System.Text.Json;
using Conformance.Runner.Checks;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance list-checks [--format text|json]</c>: the check catalogue grouped by API (the
/// checks for every API first, then each API's own), ordered by id. Ids are what profiles
/// (severity overrides, expected failures) and reports refer to.
/// </summary>
public static class ListChecksCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list-checks", "Print the check catalogue by API: id, default severity, mandatory, title, spec reference.") { format };
        command.SetAction(parseResult => Run(parseResult.GetValue(format) ?? "text", output));
        return command;
    }

    /// <summary>The text heading of a group: <c>every API:</c> or <c>finum:</c>.</summary>
    public static string Heading(string apiId) => apiId == CheckCatalogue.AllApis ? "every API:" : $"{apiId}:";

    private static int Run(string format, TextWriter output)
    {
        var groups = CheckCatalogue.Default.Groups;
        if (format == "json")
        {
            var entries = groups.Select(g => new CheckGroupEntry(g.ApiId, [.. g.Checks.Select(Entry)]));
            output.WriteLine(JsonSerializer.Serialize(entries, JsonOptions));
            return ExitCodes.Success;
        }

        var width = CheckCatalogue.Default.All.Max(c => c.Id.Length);
        foreach (var group in groups)
        {
            output.WriteLine(Heading(group.ApiId));
            foreach (var check in group.Checks)
            {
                var mandatory = check.IsMandatory ? "mandatory" : "optional";
                output.WriteLine($"  {check.Id.PadRight(width)}  {check.DefaultSeverity,-7}  {mandatory,-9}  {check.Title} — {check.SpecReference}");
            }

            output.WriteLine();
        }

        return ExitCodes.Success;
    }

    private static CheckEntry Entry(ICheck check) =>
        new(check.Id, check.Title, check.DefaultSeverity.ToString().ToLowerInvariant(), check.IsMandatory, check is IExchangeCheck ? "exchange" : "rule", check.SpecReference);
}
