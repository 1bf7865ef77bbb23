using Conformance.Runner.Arazzo;
using Conformance.Runner.Auth;
using Conformance.Runner.Callbacks;
using Conformance.Runner.Checks;
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
        try
        {
            listener.ApiStarted(request.ApiId, request.ProviderBaseUrl, plans.Sum(p => p.Workflows.Count), cases.Count);
            var unreachable = await ReachabilityProbe.ProbeAsync(transport, request.ProviderBaseUrl, request.ReachabilityAttempts, request.RequestTimeout, request.TimeProvider, cancellationToken);
            if (unreachable is not null)
            {
                return Finish(listener, spec, Unreachable(request, spec, plans, cases, unreachable));
            }

            var masker = new SecretMasker();
            var providers = CredentialProviderFactory.Create(spec, credentials, request.TimeProvider, masker);
            using var disposables = new DisposableList(providers.OfType<IDisposable>());
            var receiverOptions = request.CallbackReceiver with { WebhookPath = request.CallbackReceiver.WebhookPath ?? request.Profile?.WebhookPath ?? $"/webhooks/{request.ApiId}" };
            await using var receiver = plans.Any(p => p.Workflows.Any(NeedsReceiver))
                ? await CallbackReceiver.StartAsync(receiverOptions, request.TimeProvider, cancellationToken, masker)
                : null;
            var authenticator = new Authenticator(spec, providers);
            var context = new EngineContext
            {
                ApiId = request.ApiId,
                Spec = spec,
                BaseUrl = request.ProviderBaseUrl,
                Transport = new AuthenticatingTransport(transport, authenticator, request.ProviderBaseUrl),
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
            };
            var flows = new List<FlowResult>();
            foreach (var (document, workflows) in plans)
            {
                flows.AddRange(await RunDocumentAsync(context, document, workflows, request, cancellationToken));
            }

            var generated = await new GeneratedCaseRunner(context).RunAsync(cases, cancellationToken);
            var result = new ApiRunResult
            {
                ApiId = request.ApiId,
                ProviderBaseUrl = request.ProviderBaseUrl,
                SpecTitle = spec.Title,
                SpecVersion = spec.Version,
                Verdict = Verdict.Conformant,
                Flows = flows,
                GeneratedCases = generated,
                Findings = [],
            };
            var judged = result with { Verdict = RunResults.VerdictOf(RunResults.AllFindings(result)) };
            return Finish(listener, spec, Reporting.Redaction.SecretRedactor.Redact(judged, masker));
        }
        finally
        {
            ownTransport?.Dispose();
        }
    }

    private static async Task<List<FlowResult>> RunDocumentAsync(EngineContext context, ArazzoDocument document, IReadOnlyList<ArazzoWorkflow> workflows, ApiRunRequest request, CancellationToken cancellationToken)
    {
        var engine = new WorkflowEngine(context, document);
        var results = new List<FlowResult>();
        foreach (var workflow in workflows)
        {
            var omitted = WorkflowPlan.OmissionReason(workflow, context.Spec, request.Profile);
            var failedDependency = workflow.DependsOn.FirstOrDefault(d => results.FirstOrDefault(r => r.WorkflowId == d) is { Outcome: not (Outcome.Passed or Outcome.ExpectedFailure) });
            if (failedDependency is not null)
            {
                omitted = $"not run: the workflow it depends on, '{failedDependency}', did not pass";
            }

            if (omitted is not null)
            {
                var result = Omitted(workflow, document, omitted);
                context.Listener.FlowStarted(context.ApiId, workflow.WorkflowId);
                context.Listener.FlowFinished(context.ApiId, result);
                results.Add(result);
                continue;
            }

            results.Add(await engine.RunAsync(workflow, cancellationToken));
        }

        return results;
    }

    /// <summary>A workflow needs the receiver when a step awaits a callback or a webhook.</summary>
    private static bool NeedsReceiver(ArazzoWorkflow workflow) => workflow.Steps.Any(s => s.AwaitCallback is not null);

    private static (ResolvedCredentials Credentials, IReadOnlyList<string> Problems) ResolveCredentials(ApiRunRequest request, ApiSpec spec)
    {
        var (credentials, problems) = CredentialPreparation.Resolve(request.ApiId, spec, request.Profile, request.FixturesDirectory ?? FixturePaths.Locate());
        return (credentials, [.. CredentialPreparation.ContractProblems(spec), .. problems]);
    }

    private static FlowResult Omitted(ArazzoWorkflow workflow, ArazzoDocument document, string reason) => new()
    {
        WorkflowId = workflow.WorkflowId,
        Summary = workflow.Summary,
        SourceFile = document.SourceFile,
        Outcome = Outcome.Omitted,
        Duration = TimeSpan.Zero,
        Steps = [],
        Findings = [new Finding { CheckId = "flow_completed", Title = "Flow omitted", Severity = Severity.Info, Message = reason }],
    };

    private ApiRunResult Unreachable(ApiRunRequest request, ApiSpec spec, List<(ArazzoDocument Document, IReadOnlyList<ArazzoWorkflow> Workflows)> plans, IReadOnlyList<GeneratedCase> cases, string reason)
    {
        const string NotRun = "not run: the provider could not be reached";
        return new ApiRunResult
        {
            ApiId = request.ApiId,
            ProviderBaseUrl = request.ProviderBaseUrl,
            SpecTitle = spec.Title,
            SpecVersion = spec.Version,
            Verdict = Verdict.Unreachable,
            Flows = plans.SelectMany(p => p.Workflows.Select(w => Omitted(w, p.Document, NotRun))).ToList(),
            GeneratedCases = cases.Select(c => GeneratedCaseRunner.Omitted(c, NotRun)).ToList(),
            Findings = [catalogue.Get<ProviderReachableCheck>().Fail(reason)],
        };
    }

    /// <summary>Every result leaves the runner measured against its contract (<see cref="SpecCoverageBuilder"/>).</summary>
    private static ApiRunResult Finish(IRunListener listener, ApiSpec spec, ApiRunResult result)
    {
        var measured = result with { Coverage = SpecCoverageBuilder.Build(spec, result) };
        listener.ApiFinished(measured);
        return measured;
    }
}
