using Conformance.Mock.Hosting;
using Conformance.Runner;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Engine;
using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Profiles;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Terminal;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs;

namespace Conformance.Cli.Run;

/// <summary>
/// Carries out <c>conformance run</c>: plans the APIs, validates spec, flow files, profile and
/// <c>--workflow</c> ids before anything runs (exit 2 with every located problem), starts the
/// embedded reference provider when no provider is given, runs each API with live progress, writes
/// <c>index.html</c>, <c>junit.xml</c> and <c>results.json</c> and maps the verdict to the exit code.
/// </summary>
public sealed class RunExecutor(TextWriter output, TextWriter error, PhaseTimings? timings = null)
{
    private readonly PhaseTimings timings = timings ?? new PhaseTimings();

    public async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteMeasuredAsync(options, cancellationToken);
        }
        finally
        {
            timings.WriteTo(error);
        }
    }

    private async Task<int> ExecuteMeasuredAsync(RunOptions options, CancellationToken cancellationToken)
    {
        if (FixturePaths.Locate() is not { } fixtures)
        {
            await error.WriteLineAsync($"error: the fixtures folder was not found; run from the repository or set {FixturePaths.EnvironmentVariable}.");
            return ExitCodes.UsageError;
        }

        if (options.FlowTimeout <= 0 || options.RequestTimeout <= 0 || options.MaxDuration <= 0)
        {
            await error.WriteLineAsync("error: --flow-timeout, --request-timeout (seconds) and --max-duration (minutes) must be positive numbers.");
            return ExitCodes.UsageError;
        }

        if (options.Parallel < 1 || options.MaxTimeouts < 1 || options.MaxInFlight < 1 || options.MaxRequestsPerSecond <= 0 || options.SlowAnswer <= 0)
        {
            await error.WriteLineAsync("error: --parallel, --max-timeouts and --max-in-flight must be at least 1; --max-rps and --slow-answer must be positive.");
            return ExitCodes.UsageError;
        }

        var planning = timings.Now;
        var coverage = ApiCoverage.Discover(fixtures);
        ProviderProfile? profile = null;
        if (options.ProfilePath is { } profilePath && (profile = ProfileReader.Load(profilePath, coverage, error)) is null)
        {
            await error.WriteLineAsync($"error: the profile {profilePath} has errors (above).");
            return ExitCodes.UsageError;
        }

        var referenceProfile = Path.Combine(fixtures, ProfileReader.ReferenceProfile);
        var embeddedDefault = File.Exists(referenceProfile) ? WithoutCredentials(ProfileReader.Load(referenceProfile, coverage, error)) : null;
        var plan = RunPlanner.Plan(options, coverage, profile, embeddedDefault);
        timings.EndPhase("fixtures found, profiles read, run planned", planning);
        if (plan.Error is not null)
        {
            await error.WriteLineAsync($"error: {plan.Error}");
            return ExitCodes.UsageError;
        }

        // The embedded provider starts while the spec and flow files load: both take about a second.
        var starting = plan.Embedded
            ? Task.Run(() => timings.MeasureAsync("embedded provider started", () => EmbeddedProvider.StartAsync(fixtures, options.Seed, cancellationToken)), cancellationToken)
            : null;
        var requests = timings.Measure("contracts, flows and credentials loaded", () => Prepare(plan, options, coverage, fixtures));
        RunningReferenceProvider? started;
        try
        {
            started = starting is null ? null : await starting;
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: the embedded reference provider could not start: {exception.Message}");
            return ExitCodes.UsageError;
        }

        await using var embedded = started;
        if (requests is null)
        {
            return ExitCodes.UsageError;
        }

        foreach (var api in plan.NotYetCovered)
        {
            await output.WriteLineAsync($"{api}: not yet covered (contract only; no flows or reference-provider module yet)");
        }

        if (timings.Enabled)
        {
            SchemaCompilation.Measure(timings, requests.Select(r => r.Preparation.Spec));
        }

        // One budget for the whole run, every API included; it starts when the first request can go out.
        using var stop = new RunStop(TimeSpan.FromMinutes(options.MaxDuration), TimeProvider.System);
        return await RunAsync([.. requests.Select(r => (r.Request with { Stop = stop }, r.Preparation))], embedded, options.ReportDirectory, cancellationToken);
    }

    private async Task<int> RunAsync(IReadOnlyList<(ApiRunRequest Request, RunPreparation Preparation)> requests, RunningReferenceProvider? embedded, string reportDirectory, CancellationToken cancellationToken)
    {
        var listener = ConsoleProgressListener.Create(output, ReferenceEquals(output, Console.Out)
            ? ConsoleProgressOptions.FromProcess()
            : new ConsoleProgressOptions { Plain = true, Width = ConsoleProgressOptions.RedirectedWidth });
        var startedAt = TimeProvider.System.GetUtcNow();
        var started = TimeProvider.System.GetTimestamp();
        var results = new List<ApiRunResult>();
        var runner = new ConformanceRunner();
        foreach (var (request, preparation) in requests)
        {
            var actual = embedded is null ? request : request with { ProviderBaseUrl = EmbeddedProvider.ApiBaseUrl(embedded, request.ApiId) };
            try
            {
                results.Add(await timings.MeasureAsync($"run: {request.ApiId}", () => runner.RunPreparedAsync(actual, preparation, listener, cancellationToken)));
            }
            catch (ConformanceConfigurationException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}");
                foreach (var line in exception.Diagnostics)
                {
                    await error.WriteLineAsync($"  {line}");
                }

                return ExitCodes.UsageError;
            }
        }

        var run = RunResults.Combine(results, ToolVersion.Current, startedAt, TimeProvider.System.GetElapsedTime(started));
        var directory = Path.GetFullPath(reportDirectory);
        try
        {
            var writing = timings.Now;
            await ReportSet.CreateDefault().WriteAsync(run, directory, cancellationToken, (file, took) => timings.Add($"  {file}", timings.Now - took, took));
            timings.EndPhase("reports written", writing);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            listener.WriteSummary(run);
            await error.WriteLineAsync($"error: the reports could not be written to {directory}: {exception.Message}");
            return ExitCodes.UsageError;
        }

        listener.WriteSummary(run, directory);
        return ExitCodes.For(run.Verdict);
    }

    /// <summary>
    /// One request per planned API with its loaded spec, flows and checked profile (handed to the run,
    /// so nothing is loaded twice), or null after printing every problem (exit 2).
    /// </summary>
    private List<(ApiRunRequest Request, RunPreparation Preparation)>? Prepare(RunPlan plan, RunOptions options, ApiCoverage coverage, string fixtures)
    {
        var runner = new ConformanceRunner();
        var requests = new List<(ApiRunRequest Request, RunPreparation Preparation)>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var api in plan.Apis)
        {
            var request = new ApiRunRequest
            {
                ApiId = api.ApiId,
                ProviderBaseUrl = api.BaseUrl ?? "http://127.0.0.1",
                SpecPath = Path.Combine(fixtures, "apis", api.ApiId, "openapi.yaml"),
                FlowFiles = coverage.FlowFiles[api.ApiId],
                Profile = plan.Profile?.Apis.GetValueOrDefault(api.ApiId),
                IncludeGeneratedCases = !options.NoGenerated,
                CallbackReceiver = new CallbackReceiverOptions
                {
                    ListenUrl = options.CallbackListen ?? new CallbackReceiverOptions().ListenUrl,
                    PublicBaseUrl = options.CallbackBaseUrl,
                },
                FlowTimeout = TimeSpan.FromSeconds(options.FlowTimeout),
                RequestTimeout = TimeSpan.FromSeconds(options.RequestTimeout),
                FixturesDirectory = fixtures,
                Parallelism = options.Parallel,
                MaxConsecutiveTimeouts = options.MaxTimeouts,
            };
            request = request with { Politeness = Politeness(options, request.Profile) };
            var preparation = runner.Prepare(request);
            foreach (var problem in preparation.Problems)
            {
                error.WriteLine(problem);
            }

            valid &= preparation.IsValid;
            var ids = preparation.Documents.SelectMany(d => d.Workflows).Select(w => w.WorkflowId).ToHashSet(StringComparer.Ordinal);
            known.UnionWith(ids);
            var filter = options.Workflows.Where(ids.Contains).ToList();
            if (options.Workflows.Count == 0 || filter.Count > 0)
            {
                requests.Add((request with { WorkflowFilter = filter }, preparation));
            }
        }

        foreach (var unknown in options.Workflows.Where(w => !known.Contains(w)))
        {
            error.WriteLine($"error: --workflow {unknown}: no such workflow in the flows of {string.Join(", ", plan.Apis.Select(a => a.ApiId))}.");
            valid = false;
        }

        return valid ? requests : null;
    }

    /// <summary>The options win over the profile's limits.</summary>
    private static PolitenessOptions Politeness(RunOptions options, ApiProfile? profile) => new()
    {
        MaxRequestsPerSecond = options.MaxRequestsPerSecond ?? profile?.MaxRequestsPerSecond,
        MaxInFlight = options.MaxInFlight ?? profile?.MaxRequestsInFlight,
        SlowAnswer = TimeSpan.FromSeconds(options.SlowAnswer),
    };

    /// <summary>
    /// The embedded provider trusts exactly the test-only credentials the runner falls back to, so the
    /// reference profile contributes its other settings (optional operations) but not its credential paths.
    /// </summary>
    private static ProviderProfile? WithoutCredentials(ProviderProfile? profile) => profile is null ? null : profile with
    {
        Apis = profile.Apis.ToDictionary(a => a.Key, a => a.Value with { Credentials = new Dictionary<string, CredentialSource>() }, StringComparer.Ordinal),
    };
}
