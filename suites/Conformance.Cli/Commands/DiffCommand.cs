using System.CommandLine;
using Conformance.Cli.Diff;
using Conformance.Runner.Reporting.Json;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance diff &lt;old results.json&gt; &lt;new results.json&gt;</c>: which checks newly fail,
/// which were fixed and which still fail, per API. Exit 1 when something newly fails, 0 otherwise,
/// 2 when a file cannot be read as a results document.
/// </summary>
public static class DiffCommand
{
    public const string Text = "text";
    public const string Markdown = "markdown";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var old = new Argument<FileInfo>("old") { Description = "results.json of the earlier run (e.g. last night's)." };
        var @new = new Argument<FileInfo>("new") { Description = "results.json of the later run." };
        var format = new Option<string>("--format")
        {
            Description = "text (one line per change: + newly failing, - fixed, = still failing) or markdown (tables, for a job summary).",
            DefaultValueFactory = _ => Text,
            HelpName = "format",
        };
        format.AcceptOnlyFromAmong(Text, Markdown);
        var command = new Command("diff", "Compare two runs: the checks newly failing, fixed and still failing per API.") { old, @new, format };
        command.SetAction(parseResult => Run(parseResult.GetValue(old)!, parseResult.GetValue(@new)!, parseResult.GetValue(format) ?? Text, output, error));
        return command;
    }

    private static int Run(FileInfo oldFile, FileInfo newFile, string format, TextWriter output, TextWriter error)
    {
        var old = Read(oldFile, error);
        var @new = Read(newFile, error);
        if (old is null || @new is null)
        {
            return ExitCodes.UsageError;
        }

        var diff = RunDiff.Compare(old.Run, @new.Run);
        output.Write(format == Markdown ? RunDiffText.Markdown(diff) : RunDiffText.Plain(diff));
        return diff.HasNewFailures ? ExitCodes.NotConformant : ExitCodes.Success;
    }

    private static JsonReportDocument? Read(FileInfo file, TextWriter error)
    {
        string json;
        try
        {
            json = File.ReadAllText(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {file.FullName}: {exception.Message}");
            return null;
        }

        var document = JsonReportReader.Read(json);
        if (document is null)
        {
            error.WriteLine($"error: {file.FullName}: not a results.json of schema version {JsonReportDocument.CurrentSchemaVersion}.");
        }

        return document;
    }
}
