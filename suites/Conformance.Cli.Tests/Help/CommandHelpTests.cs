using Conformance.Cli.Help;
using Conformance.Cli.Tests.Commands;

namespace Conformance.Cli.Tests.Help;

/// <summary>Every command's <c>--help</c> says what it does, each option with its default, an example and the exit codes.</summary>
[TestFixture]
public sealed class CommandHelpTests
{
    private static IEnumerable<string> Commands() =>
        CliApp.BuildRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).Prepend(string.Empty);

    [TestCaseSource(nameof(Commands))]
    public async Task Help_EveryCommand_SaysWhatItDoesEachOptionsDefaultAnExampleAndTheExitCodes(string name)
    {
        var outcome = await CliHarness.RunAsync(name.Length == 0 ? ["--help"] : [name, "--help"]);

        var help = outcome.Output;
        var examples = Section(help, "Examples:");
        var exitCodes = Section(help, "Exit codes:");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(help, Does.Contain("Usage:").Or.Contain("Usage: conformance mock"), "what it does and how it is called");
            Assert.That(examples.Where(l => l.StartsWith($"  conformance {name}".TrimEnd(), StringComparison.Ordinal)), Is.Not.Empty, "an example");
            Assert.That(exitCodes.Where(l => l.StartsWith("  0  ", StringComparison.Ordinal)), Is.Not.Empty, "the exit codes, 0 first");
            foreach (var line in OptionLines(help))
            {
                Assert.That(line, Does.Contain("default").IgnoreCase, "an option without its default");
            }
        });
    }

    /// <summary>mock's examples go to the reference provider's own parser, not System.CommandLine's.</summary>
    private static IEnumerable<string> ParsedCommands() => Commands().Where(c => c != Cli.Commands.MockCommand.Name);

    [TestCaseSource(nameof(ParsedCommands))]
    public void Examples_EveryCommandParsedByTheCli_HaveNoErrors(string name)
    {
        var root = CliApp.BuildRootCommand(TextWriter.Null, TextWriter.Null);
        Assert.Multiple(() =>
        {
            foreach (var (commandLine, _) in HelpTexts.All[name].Examples)
            {
                var parse = root.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
                Assert.That(parse.Errors.Select(e => e.Message), Is.Empty, commandLine);
            }
        });
    }

    [Test]
    public async Task Help_Run_NamesEveryProfileKeyAndWhereProfilesAreDocumented()
    {
        var outcome = await CliHarness.RunAsync("run", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Output, Does.Contain("docs/profiles.md"));
            foreach (var key in Runner.Profiles.ProfileKeys.Api)
            {
                Assert.That(outcome.Output, Does.Contain(key), key);
            }
        });
    }

    [Test]
    public async Task Help_CommandWithARequiredArgument_IsAnsweredWithoutTheArgument()
    {
        var outcome = await CliHarness.RunAsync("validate", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success), outcome.ToString);
            Assert.That(outcome.Error, Is.Empty);
        });
    }

    [Test]
    public void Install_EveryCommandOfTheCli_HasHelpTexts()
    {
        Assert.That(HelpTexts.All.Keys, Is.SupersetOf(Commands()), "a command without examples and exit codes in HelpTexts");
    }

    /// <summary>The lines under a heading, up to the next blank line.</summary>
    private static List<string> Section(string help, string heading) =>
        [.. help.Split('\n').SkipWhile(l => l.Trim() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0)];

    /// <summary>Option lines of System.CommandLine's help (the mock's own usage lists its defaults in its own layout), without help and version.</summary>
    private static IEnumerable<string> OptionLines(string help) =>
        Section(help, "Options:").Where(l => l.StartsWith("  -", StringComparison.Ordinal) && !l.Contains("--help", StringComparison.Ordinal) && !l.Contains("--version", StringComparison.Ordinal));
}
