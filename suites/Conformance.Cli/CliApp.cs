using System.CommandLine;
using Conformance.Cli.Commands;
using Conformance.Cli.Run;

namespace Conformance.Cli;

/// <summary>The <c>conformance</c> command: thin glue from options to the runner and the reference provider.</summary>
public static class CliApp
{
    public static RootCommand BuildRootCommand(TextWriter output, TextWriter error, PhaseTimings? timings = null)
    {
        var root = new RootCommand(
            "Conformance suite and reference provider for FiNUM, SIVI AFS, Seyna and Thinksurance APIs.");
        root.Subcommands.Add(RunCommand.Create(output, error, timings));
        root.Subcommands.Add(MockCommand.Create(output, error));
        root.Subcommands.Add(ListChecksCommand.Create(output, error));
        root.Subcommands.Add(ValidateSpecCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(DiffCommand.Create(output, error));
        Help.CommandHelp.Install(root);
        return root;
    }

    /// <param name="timings">Where <c>run</c> measures its phases (<c>--timings</c>); a new one when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, PhaseTimings? timings = null)
    {
        timings ??= new PhaseTimings();
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.Length > 0 && args[0] == MockCommand.Name)
        {
            // The reference provider has its own option parser shared with its project; hand it the rest verbatim.
            var exit = await MockCommand.RunAsync(args[1..], output, error).ConfigureAwait(false);
            if (exit == ExitCodes.Success && args.Contains("--help", StringComparer.Ordinal))
            {
                await output.WriteLineAsync(Help.CommandHelp.Extras(MockCommand.Name)).ConfigureAwait(false);
            }

            return exit;
        }

        var root = BuildRootCommand(output, error, timings);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && !Help.CommandHelp.IsHelp(parseResult))
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
