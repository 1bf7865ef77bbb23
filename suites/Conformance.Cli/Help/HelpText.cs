namespace Conformance.Cli.Help;

/// <summary>
/// What a command's help adds to System.CommandLine's own: examples (command lines, each with a
/// one-line purpose), the exit codes it can end with, and the default of each option whose default
/// its parser cannot show (a nullable option whose absence means something), by option name.
/// </summary>
public sealed record HelpText
{
    public required IReadOnlyList<(string CommandLine, string Purpose)> Examples { get; init; }
    public required IReadOnlyList<(int Code, string Meaning)> ExitCodes { get; init; }
    public IReadOnlyDictionary<string, string> Defaults { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
