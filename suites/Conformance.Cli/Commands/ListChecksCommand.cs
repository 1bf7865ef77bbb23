using System.CommandLine;
using System.Text.Json;
using Conformance.Runner.Checks;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance list-checks [--format text|json]</c>: the check catalogue, ordered by id. Ids are
/// what profiles (severity overrides, expected failures) and reports refer to.
/// </summary>
public static class ListChecksCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text", HelpName = "format" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("list-checks", "Print the check catalogue: id, default severity, mandatory, title, spec reference.") { format };
        command.SetAction(parseResult => Run(parseResult.GetValue(format) ?? "text", output));
        return command;
    }

    private static int Run(string format, TextWriter output)
    {
        var checks = CheckCatalogue.Default.All;
        if (format == "json")
        {
            var entries = checks.Select(c => new CheckEntry(c.Id, c.Title, c.DefaultSeverity.ToString().ToLowerInvariant(), c.IsMandatory, c is IExchangeCheck ? "exchange" : "rule", c.SpecReference));
            output.WriteLine(JsonSerializer.Serialize(entries, JsonOptions));
            return ExitCodes.Success;
        }

        var width = checks.Max(c => c.Id.Length);
        foreach (var check in checks)
        {
            var mandatory = check.IsMandatory ? "mandatory" : "optional";
            output.WriteLine($"{check.Id.PadRight(width)}  {check.DefaultSeverity,-7}  {mandatory,-9}  {check.Title} — {check.SpecReference}");
        }

        return ExitCodes.Success;
    }
}
