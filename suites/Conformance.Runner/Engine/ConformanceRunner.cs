using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Checks;
using Conformance.Runner.Engine.Scheduling;
using Conformance.Runner.Generation;
using Conformance.Runner.Reporting;
using Conformance.Runner.Reporting.Coverage;
using Conformance.Runner.Results;
using Conformance.Runner.Transport;
using Conformance.Specs;
using Conformance.Specs.Loading;
using Conformance.Specs.Model;

namespace Conformance.Runner.Engine;

/// <summary>
/// Runs everything for one API at one provider: loads the spec and flows, probes reachability,
/// runs the selected workflows (dependencies first) and the generated cases, applies the profile
/// and decides the verdict. Provider misbehaviour ends up in the result; only invalid
/// configuration throws (<see cref="ConformanceConfigurationException"/>).
/// </summary>
public sealed class ConformanceRunner(CheckCatalogue? catalogue = null)
{
    private readonly CheckCatalogue catalogue = catalogue ?? CheckCatalogue.Default;

    /// <summary>Loads and validates without running: the CLI calls this to report bad files (exit 2).</summary>
    public RunPreparation Prepare(ApiRunRequest request)
    {
        var loaded = SpecLoader.LoadFile(request.SpecPath);
        var diagnostics = new List<SpecDiagnostic>(loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var documents = new List<ArazzoDocument>();
        foreach (var file in request.FlowFiles)
        {
            var flow = ArazzoLoader.LoadFile(file, loaded.Spec);
            diagnostics.AddRange(flow.Diagnostics);
            if (flow.Document is not null)
            {
                documents.Add(flow.Document);
            }
        }

        var profileErrors = request.Profile is null ? [] : ProfilePolicy.Validate(request.ApiId, request.Profile, catalogue);
        var known = documents.SelectMany(d => d.Workflows).Select(w => w.WorkflowId).ToHashSet(StringComparer.Ordinal);
        var unknown = request.WorkflowFilter.Where(id => !known.Contains(id)).Select(id => $"--workflow {id}: no such workflow in the {request.ApiId} flows");
        var (credentials, credentialErrors) = loaded.Spec is null ? (null, []) : ResolveCredentials(request, loaded.Spec);
        return new RunPreparation(loaded.Spec, documents, diagnostics, [.. profileErrors, .. unknown, .. credentialErrors]) { Credentials = credentials };
    }

    /// <summary>Prepares and runs; invalid files or profile throw <see cref="ConformanceConfigurationException"/>.</summary>
    public Task<ApiRunResult> RunApiAsync(ApiRunRequest request, IRunListener listener, CancellationToken cancellationToken) =>
        RunPreparedAsync(request, Prepare(request), listener, cancellationToken);

    /// <summary>Runs an already prepared API (the CLI prepares first to report bad files with exit code 2).</summary>
    public async Task<ApiRunResult> RunPreparedAsync(ApiRunRequest request, RunPreparation preparation, IRunListener listener, CancellationToken cancellationToken)
    {
        if (!preparation.IsValid)
        {
            throw new ConformanceConfigurationException($"{request.ApiId}: the spec, flow files or profile have errors", preparation.Problems);
        }

        var spec = preparation.Spec!;
        var credentials = preparation.Credentials ?? ResolveCredentials(request, spec) switch
        {
            (var resolved, []) => resolved,
            (_, var problems) => throw new ConformanceConfigurationException($"{request.ApiId}: credentials cannot be resolved", problems),
        };
        var plans = preparation.Documents.Select(d => (Document: d, Workflows: WorkflowPlan.Order(d, request.WorkflowFilter))).ToList();
        var cases = request.IncludeGeneratedCases && request.WorkflowFilter.Count == 0 ? OptionalOperations.Select(spec, CaseGenerator.Generate(spec), request.Profile) : [];
        var ownTransport = request.Transport is null ? new RestSharpTransport(new TransportOptions { DefaultTimeout = request.RequestTimeout }, request.TimeProvider) : null;
        var transport = request.Transport ?? ownTransport!;
        using var stop = request.Stop is null ? new RunStop() : new RunStop(request.Stop);
        listener = new SynchronizedRunListener(listener);
        try
        {
            listener.ApiStarted(request.ApiId, request.ProviderBaseUrl, plans.Sum(p => p.Workflows.Count), cases.Count);
            if (stop.IsStopped)
            {
                return Finish(listener, spec, NotRun(request, spec, plans, cases, stop));
            }

            // The probe goes through the guard: its time-out is the first of those in a row that stop the run.
            var guarded = new ResponsivenessGuard(transport, stop, request.MaxConsecutiveTimeouts);
            var unreachable = await ReachabilityProbe.ProbeAsync(guarded, request.ProviderBaseUrl, request.ReachabilityAttempts, request.RequestTimeout, request.TimeProvider, cancellationToken);
            if (unreachable is not null)
            {
                return Finish(listener, spec, Unreachable(request, spec, plans, cases, unreachable));
            }

            var masker = new SecretMasker();
            var providerClock = new ProviderClock(request.TimeProvider);
            var providers = CredentialProviderFactory.Create(spec, credentials, providerClock, masker);
            using var disposables = new DisposableList(providers.OfType<IDisposable>());
            var receiverOptions = request.CallbackReceiver with { WebhookPath = request.CallbackReceiver.WebhookPath ?? request.Profile?.WebhookPath ?? $"/webhooks/{request.ApiId}" };
            await using var receiver = plans.Any(p => p.Workflows.Any(NeedsReceiver))
                ? await CallbackReceiver.StartAsync(receiverOptions, request.TimeProvider, cancellationToken, masker)
                : null;
            var authenticator = new Authenticator(spec, providers);
            using var polite = new PoliteTransport(guarded, request.Politeness, request.TimeProvider, stop);
            var context = new EngineContext
            {
                ApiId = request.ApiId,
                Spec = spec,
                BaseUrl = request.ProviderBaseUrl,
                Transport = new AuthenticatingTransport(new ProviderClockTransport(polite, providerClock), authenticator, request.ProviderBaseUrl),
                Authenticator = authenticator,
                Masker = masker,
                Inbox = receiver?.Inbox,
                Catalogue = catalogue,
                TimeProvider = request.TimeProvider,
                Listener = listener,
                FlowTimeout = request.FlowTimeout,
                RequestTimeout = request.RequestTimeout,
                ProfileInputs = request.Profile?.Inputs ?? new Dictionary<string, IReadOnlyDictionary<string, string>>(),
                RequestHeaders = request.Profile?.RequestHeaders ?? [],
                Policy = new ProfilePolicy(request.Profile, catalogue),
                Stop = stop,
                SlowAnswer = request.Politeness.SlowAnswer,
            };
            var scheduled = plans.SelectMany(p =>
            {
                var engine = new WorkflowEngine(context, p.Document);
                return p.Workflows.Select(w => new ScheduledWorkflow(p.Document, w, engine));
            }).ToList();
            IReadOnlyList<GeneratedCaseResult> generated = [];
            var flows = await new WorkflowScheduler(context, request.Profile, request.Parallelism, stop).RunAsync(
                scheduled,
                cases.Count == 0 ? null : async () => generated = await new GeneratedCaseRunner(context).RunAsync(cases, request.Parallelism, cancellationToken),
                cancellationToken);
            var result = new ApiRunResult
            {
                ApiId = request.ApiId,
                ProviderBaseUrl = request.ProviderBaseUrl,
                SpecTitle = spec.Title,
                SpecVersion = spec.Version,
                Verdict = Verdict.Conformant,
                Flows = flows,
                GeneratedCases = generated,
                Findings = [.. stop.Reason is null ? [] : new[] { StopFinding(stop, flows, generated) }, .. PaceFindings.Of(catalogue, request.Politeness, polite.Log).Select(f => context.Policy.Apply(f, null, null, null))],
            };
            var judged = result with
            {
                Verdict = stop.Kind == StopKind.ProviderStoppedAnswering ? Verdict.Unreachable : RunResults.VerdictOf(RunResults.AllFindings(result)),
            };
            return Finish(listener, spec, Reporting.Redaction.SecretRedactor.Redact(judged, masker));
        }
        finally
        {
            ownTransport?.Dispose();
        }
    }

    /// <summary>
    /// The run-level finding of a run that stopped early: a provider that stopped answering fails
    /// <c>provider_reachable</c> (exit 3); a budget that ran out fails <c>flow_completed</c>, since
    /// a run that did not finish cannot be called conformant.
    /// </summary>
    private Finding StopFinding(RunStop stop, IReadOnlyList<FlowResult> flows, IReadOnlyList<GeneratedCaseResult> cases)
    {
        var marker = stop.NotRunReason ?? "not run";
        var flowsNotRun = flows.Count(f => f.Findings.Any(x => x.Message == marker));
        var casesNotRun = cases.Count(c => c.Description?.EndsWith($"(omitted: {marker})", StringComparison.Ordinal) == true);
        var notRun = $"{flowsNotRun} workflow(s) and {casesNotRun} generated case(s) not run";
        return stop.Kind == StopKind.ProviderStoppedAnswering
            ? catalogue.Get<ProviderReachableCheck>().Fail($"{stop.Reason}; {notRun}")
            : catalogue.Get<FlowCompletedCheck>().Fail($"the run stopped early: {stop.Reason}; {notRun}");
    }

    /// <summary>A workflow needs the receiver when a step awaits a callback or a webhook.</summary>
    private static bool NeedsReceiver(ArazzoWorkflow workflow) => workflow.Steps.Any(s => s.AwaitCallback is not null);

    private static (ResolvedCredentials Credentials, IReadOnlyList<string> Problems) ResolveCredentials(ApiRunRequest request, ApiSpec spec)
    {
        var (credentials, problems) = CredentialPreparation.Resolve(request.ApiId, spec, request.Profile, request.FixturesDirectory ?? FixturePaths.Locate());
        return (credentials, [.. CredentialPreparation.ContractProblems(spec), .. problems]);
    }

    private ApiRunResult Unreachable(ApiRunRequest request, ApiSpec spec, List<(ArazzoDocument Document, IReadOnlyList<ArazzoWorkflow> Workflows)> plans, IReadOnlyList<GeneratedCase> cases, string reason) =>
        NothingRun(request, spec, plans, cases, "not run: the provider could not be reached", Verdict.Unreachable, catalogue.Get<ProviderReachableCheck>().Fail(reason));

    /// <summary>An API whose run had stopped (an earlier API used up the budget) before it started.</summary>
    private ApiRunResult NotRun(ApiRunRequest request, ApiSpec spec, List<(ArazzoDocument Document, IReadOnlyList<ArazzoWorkflow> Workflows)> plans, IReadOnlyList<GeneratedCase> cases, RunStop stop)
    {
        var verdict = stop.Kind == StopKind.ProviderStoppedAnswering ? Verdict.Unreachable : Verdict.NotConformant;
        var result = NothingRun(request, spec, plans, cases, stop.NotRunReason ?? "not run", verdict, null);
        return result with { Findings = [StopFinding(stop, result.Flows, result.GeneratedCases)] };
    }

    private static ApiRunResult NothingRun(ApiRunRequest request, ApiSpec spec, List<(ArazzoDocument Document, IReadOnlyList<ArazzoWorkflow> Workflows)> plans, IReadOnlyList<GeneratedCase> cases, string notRun, Verdict verdict, Finding? finding) => new()
    {
        ApiId = request.ApiId,
        ProviderBaseUrl = request.ProviderBaseUrl,
        SpecTitle = spec.Title,
        SpecVersion = spec.Version,
        Verdict = verdict,
        Flows = plans.SelectMany(p => p.Workflows.Select(w => WorkflowScheduler.Omitted(w, p.Document, notRun))).ToList(),
        GeneratedCases = cases.Select(c => GeneratedCaseRunner.Omitted(c, notRun)).ToList(),
        Findings = finding is null ? [] : [finding],
    };

    /// <summary>Every result leaves the runner measured against its contract (<see cref="SpecCoverageBuilder"/>).</summary>
    private static ApiRunResult Finish(IRunListener listener, ApiSpec spec, ApiRunResult result)
    {
        var measured = result with { Coverage = SpecCoverageBuilder.Build(spec, result) };
        listener.ApiFinished(measured);
        return measured;
    }
}
