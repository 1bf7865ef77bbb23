using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Conformance.Cli.Help;

/// <summary>
/// Makes every command's <c>--help</c> teach: System.CommandLine prints what the command does, its
/// arguments and options with their defaults; this adds the defaults it cannot know (from
/// <see cref="HelpTexts"/>; flags read "off"), then the command's examples and exit codes.
/// Installed once on the root, so a command added later gets the same treatment.
/// </summary>
public static class CommandHelp
{
    public static void Install(RootCommand root)
    {
        foreach (var command in Walk(root))
        {
            var text = HelpTexts.All.GetValueOrDefault(NameOf(root, command));
            foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption && !StatesDefault(o)))
            {
                // A flag's parser default (false) is not shown by the standard help; other defaults are.
                var stated = text?.Defaults.GetValueOrDefault(option.Name)
                    ?? (option.ValueType == typeof(bool) ? "off" : null);
                if (option.HasDefaultValue && option.ValueType != typeof(bool))
                {
                    continue;
                }

                if (stated is not null)
                {
                    option.Description = $"{option.Description} [default: {stated}]";
                }
            }
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new TeachingHelpAction((HelpAction)help.Action!, root);
    }

    /// <summary>True when the command line asks for help: it is answered even if the rest would not parse.</summary>
    public static bool IsHelp(ParseResult parseResult) => parseResult.Action is TeachingHelpAction;

    /// <summary>The examples and exit codes of one command, as appended to its help.</summary>
    public static string Extras(string commandName)
    {
        if (HelpTexts.All.GetValueOrDefault(commandName) is not { } text)
        {
            return string.Empty;
        }

        var extras = new System.Text.StringBuilder("Examples:\n");
        foreach (var (commandLine, purpose) in text.Examples)
        {
            extras.Append("  ").Append(commandLine).Append("\n      ").Append(purpose).Append('\n');
        }

        extras.Append("\nExit codes:\n");
        foreach (var (code, meaning) in text.ExitCodes)
        {
            extras.Append("  ").Append(code).Append("  ").Append(meaning).Append('\n');
        }

        return extras.ToString();
    }

    /// <summary>Descriptions that already say their default in words ("Default: …", "(default: …)").</summary>
    private static bool StatesDefault(Option option) =>
        option.Description?.Contains("default", StringComparison.OrdinalIgnoreCase) == true;

    private static IEnumerable<Command> Walk(Command command) => command.Subcommands.SelectMany(Walk).Prepend(command);

    /// <summary>The path below the root, e.g. <c>run</c>; empty for the root itself.</summary>
    private static string NameOf(RootCommand root, Command command) => ReferenceEquals(root, command) ? string.Empty : command.Name;

    private sealed class TeachingHelpAction(HelpAction standard, RootCommand root) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var extras = Extras(NameOf(root, parseResult.CommandResult.Command));
            if (extras.Length > 0)
            {
                output.Write(extras);
                output.WriteLine();
            }

            return exit;
        }
    }
}
