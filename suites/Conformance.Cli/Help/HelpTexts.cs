namespace Conformance.Cli.Help;

/// <summary>The examples, exit codes and unstated defaults of every command, by command name ("" is the root).</summary>
public static class HelpTexts
{
    private static readonly (int, string)[] RunExits =
    [
        (Conformance.Cli.ExitCodes.Success, "conformant"),
        (Conformance.Cli.ExitCodes.NotConformant, "not conformant: a mandatory check failed"),
        (Conformance.Cli.ExitCodes.UsageError, "bad usage or configuration (unknown option, unreadable profile, invalid flow or spec)"),
        (Conformance.Cli.ExitCodes.Unreachable, "the provider could not be reached at all, or stopped answering (--max-timeouts)"),
    ];

    public static IReadOnlyDictionary<string, HelpText> All { get; } = new Dictionary<string, HelpText>(StringComparer.Ordinal)
    {
        [""] = new()
        {
            Examples =
            [
                ("conformance run", "every API against the embedded reference provider; reports in conformance-report/"),
                ("conformance run --api finum --provider https://sync.example.com/finum/v1 --profile my-provider.yaml", "one API at your provider"),
                ("conformance diff yesterday/results.json conformance-report/results.json", "what changed since the last run"),
            ],
            ExitCodes = RunExits,
        },
        ["run"] = new()
        {
            Examples =
            [
                ("conformance run", "every API against the embedded reference provider"),
                ("conformance run --api finum --provider https://sync.example.com/finum/v1 --profile my-provider.yaml", "one API at your provider, credentials from the profile"),
                ("conformance run --api seyna --workflow cursorTraversal --report-dir out", "one flow (and those it depends on) only, reports in out/"),
            ],
            ExitCodes = RunExits,
            Defaults = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["--profile"] = "none: the test-only credentials in fixtures/credentials/",
                ["--workflow"] = "none: every workflow and the generated cases",
                ["--callback-base-url"] = "the receiver's listen URL",
            },
        },
        ["mock"] = new()
        {
            Examples =
            [
                ("conformance mock", "the reference provider on http://127.0.0.1:5080"),
                ("conformance mock --urls http://127.0.0.1:0 --defect finum.auth-ignored", "on a free port, with a deliberate defect"),
            ],
            ExitCodes =
            [
                (Conformance.Cli.ExitCodes.Success, "clean shutdown (Ctrl+C), or --help / --list-defects"),
                (Conformance.Cli.ExitCodes.NotConformant, "the server could not start (e.g. port in use)"),
                (Conformance.Cli.ExitCodes.UsageError, "bad usage or configuration (unknown option or defect, bad module option)"),
            ],
        },
        ["list-checks"] = new()
        {
            Examples = [("conformance list-checks", "the catalogue as text"), ("conformance list-checks --format json", "for scripts")],
            ExitCodes = [(Conformance.Cli.ExitCodes.Success, "printed"), (Conformance.Cli.ExitCodes.UsageError, "bad usage")],
        },
        ["validate-spec"] = new()
        {
            Examples = [("conformance validate-spec fixtures/apis/finum/openapi.yaml", "diagnostics of one contract, with line and column")],
            ExitCodes = [(Conformance.Cli.ExitCodes.Success, "every document is clean"), (Conformance.Cli.ExitCodes.UsageError, "a document has errors, or bad usage")],
        },
        ["validate"] = new()
        {
            Examples =
            [
                ("conformance validate contract.json --api finum --operation getContract --status 200", "a body as the runner judges it"),
                ("conformance validate - --spec schema.json --format json", "standard input against a plain JSON Schema"),
            ],
            ExitCodes =
            [
                (Conformance.Cli.ExitCodes.Success, "every instance is valid"),
                (Conformance.Cli.ExitCodes.NotConformant, "an instance is invalid"),
                (Conformance.Cli.ExitCodes.UsageError, "bad usage (unknown API, operation or schema pointer, unreadable file)"),
            ],
            Defaults = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["--spec"] = "none; give --spec or --api",
                ["--api"] = "none; give --spec or --api",
                ["--schema"] = "none: a plain JSON Schema file is used whole",
                ["--operation"] = "none; give --schema or --operation",
                ["--status"] = "none; required with --operation",
                ["--ref-map"] = "none: references resolve inside the file",
            },
        },
        ["diff"] = new()
        {
            Examples =
            [
                ("conformance diff last-night/results.json conformance-report/results.json", "newly failing (+), fixed (-), still failing (=)"),
                ("conformance diff old.json new.json --format markdown", "the same as Markdown tables, for a job summary"),
            ],
            ExitCodes =
            [
                (Conformance.Cli.ExitCodes.Success, "nothing newly fails"),
                (Conformance.Cli.ExitCodes.NotConformant, "a check newly fails"),
                (Conformance.Cli.ExitCodes.UsageError, "a file is not a results.json of a supported schema version"),
            ],
        },
    };
}
