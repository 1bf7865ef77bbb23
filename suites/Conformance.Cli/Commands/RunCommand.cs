using System.CommandLine;
using Conformance.Cli.Run;
using Conformance.Runner.Profiles;
using Conformance.Runner.Reporting;

namespace Conformance.Cli.Commands;

/// <summary>
/// <c>conformance run</c>: checks a provider (or the embedded reference provider) against the
/// suites and writes the reports. Exit codes: see <see cref="ExitCodes"/>.
/// </summary>
public static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, PhaseTimings? timings = null)
    {
        var api = new Option<string?>("--api") { Description = "API id (finum, sivi-afs, seyna, thinksurance) or 'all'. Default: every API that can be run.", HelpName = "id" };
        var provider = new Option<string?>("--provider") { Description = "Base URL of the API at the provider, e.g. https://sync.example.at/finum/v1. Default: an embedded reference provider.", HelpName = "url" };
        var profile = new Option<string?>("--profile") { Description = $"Provider profile (YAML, docs/profiles.md); keys per API: {string.Join(", ", ProfileKeys.Api)}.", HelpName = "file" };
        var reportDir = new Option<string>("--report-dir") { Description = "Where index.html, junit.xml and results.json are written.", DefaultValueFactory = _ => ReportSet.DefaultDirectory, HelpName = "dir" };
        var workflow = new Option<string[]>("--workflow") { Description = "Run only this workflow (and those it depends on); repeatable. Generated cases are then not run.", Arity = ArgumentArity.ZeroOrMore, HelpName = "id" };
        var callbackBase = new Option<string?>("--callback-base-url") { Description = "Base URL providers use to reach the callback receiver (when it is not the listen URL).", HelpName = "url" };
        var callbackListen = new Option<string?>("--callback-listen") { Description = "Where the callback receiver listens. Default: http://127.0.0.1:0 (a free loopback port).", HelpName = "url" };
        var noGenerated = new Option<bool>("--no-generated") { Description = "Skip the cases generated from the spec; run the flows only." };
        var flowTimeout = new Option<double>("--flow-timeout") { Description = "Time limit of one workflow run, in seconds.", DefaultValueFactory = _ => 60, HelpName = "s" };
        var requestTimeout = new Option<double>("--request-timeout") { Description = "Time limit of one request, in seconds.", DefaultValueFactory = _ => 10, HelpName = "s" };
        var parallel = new Option<int>("--parallel") { Description = "Workflows and generated cases run at the same time; 1 runs them one after the other. Results and reports do not depend on it.", DefaultValueFactory = _ => Runner.Engine.ApiRunRequest.DefaultParallelism, HelpName = "n" };
        var maxDuration = new Option<double>("--max-duration") { Description = "Budget of the whole run, in minutes; what has not run by then is reported as not run, with the reason.", DefaultValueFactory = _ => RunOptions.DefaultMaxDurationMinutes, HelpName = "min" };
        var maxTimeouts = new Option<int>("--max-timeouts") { Description = "Request time-outs in a row after which the provider counts as no longer answering: the run stops, exit 3.", DefaultValueFactory = _ => Runner.Engine.ApiRunRequest.DefaultMaxConsecutiveTimeouts, HelpName = "n" };
        var maxRps = new Option<double?>("--max-rps") { Description = "Requests per second sent to the provider at most. Default: the profile's maxRequestsPerSecond, else no limit.", HelpName = "n" };
        var maxInFlight = new Option<int?>("--max-in-flight") { Description = "Requests waiting for the provider's answer at the same time, at most. Default: the profile's maxRequestsInFlight, else no limit.", HelpName = "n" };
        var slowAnswer = new Option<double>("--slow-answer") { Description = "Answers taking at least this many seconds are noted as slow (response_time), with their durations.", DefaultValueFactory = _ => 5, HelpName = "s" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the embedded reference provider's data (default: its own, 20260101).", HelpName = "n" };
        var timingsOption = new Option<bool>("--timings") { Description = $"Write where the run's time went (runtime start, loading, provider start, schema compilation, run, reports) to standard error; also {PhaseTimings.EnvironmentVariable}=1." };

        var command = new Command("run", "Check a provider against the conformance suites and write the reports.")
        {
            api, provider, profile, reportDir, workflow, callbackBase, callbackListen, noGenerated, flowTimeout, requestTimeout, parallel, maxDuration, maxTimeouts, maxRps, maxInFlight, slowAnswer, seed, timingsOption,
        };
        var measured = timings ?? new PhaseTimings();
        command.SetAction((parseResult, cancellationToken) =>
        {
            measured.EndPhase("command line parsed", measured.Created);
            measured.Enabled |= parseResult.GetValue(timingsOption);
            var options = new RunOptions
            {
                Api = parseResult.GetValue(api),
                Provider = parseResult.GetValue(provider),
                ProfilePath = parseResult.GetValue(profile),
                ReportDirectory = parseResult.GetValue(reportDir) ?? ReportSet.DefaultDirectory,
                Workflows = parseResult.GetValue(workflow) ?? [],
                CallbackBaseUrl = parseResult.GetValue(callbackBase),
                CallbackListen = parseResult.GetValue(callbackListen),
                NoGenerated = parseResult.GetValue(noGenerated),
                FlowTimeout = parseResult.GetValue(flowTimeout),
                RequestTimeout = parseResult.GetValue(requestTimeout),
                Parallel = parseResult.GetValue(parallel),
                MaxDuration = parseResult.GetValue(maxDuration),
                MaxTimeouts = parseResult.GetValue(maxTimeouts),
                MaxRequestsPerSecond = parseResult.GetValue(maxRps),
                MaxInFlight = parseResult.GetValue(maxInFlight),
                SlowAnswer = parseResult.GetValue(slowAnswer),
                Seed = parseResult.GetValue(seed),
            };
            return new RunExecutor(output, error, measured).ExecuteAsync(options, cancellationToken);
        });
        return command;
    }
}
