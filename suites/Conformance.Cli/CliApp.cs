using System.CommandLine;
using Conformance.Cli.Commands;

namespace Conformance.Cli;

/// <summary>The <c>conformance</c> command: thin glue from options to the runner and the reference provider.</summary>
public static class CliApp
{
    public static RootCommand BuildRootCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "Conformance suite and reference provider for FiNUM, SIVI AFS, Seyna and Thinksurance APIs.");
        root.Subcommands.Add(ValidateSpecCommand.Create(output, error));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = BuildRootCommand(output, error);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
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
