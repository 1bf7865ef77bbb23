using System.CommandLine;
using Conformance.Mock.Hosting;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance mock [options]</c>: the reference provider with the same options as
/// <c>dotnet run --project mock-server/Conformance.Mock</c>. Help, <c>--list-defects</c> and usage
/// errors are answered here (on the CLI's writers); serving is handed to <see cref="MockCommandLine"/>.
/// </summary>
public static class MockCommand
{
    public const string Name = "mock";

    /// <summary>Registered for help listings; <see cref="CliApp.RunAsync"/> routes <c>mock</c> to <see cref="RunAsync"/> before parsing.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(Name, "Serve the reference provider (see 'conformance mock --help' for its options).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, _) => RunAsync([.. parseResult.UnmatchedTokens], output, error));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = MockArgumentParser.Parse(args);
        if (parsed.Error is not null)
        {
            await error.WriteLineAsync($"error: {parsed.Error}\n\n{MockArgumentParser.Usage}");
            return ExitCodes.UsageError;
        }

        if (parsed.ShowHelp)
        {
            await output.WriteLineAsync(MockArgumentParser.Usage);
            return ExitCodes.Success;
        }

        if (parsed.ListDefects)
        {
            foreach (var defect in ReferenceProvider.ListDefects())
            {
                await output.WriteLineAsync($"{defect.Name,-40} {defect.ExpectedCheck,-30} {defect.Description}");
            }

            return ExitCodes.Success;
        }

        return await MockCommandLine.RunAsync(args);
    }
}
