using Conformance.Runner.Arazzo;
using Conformance.Runner.Profiles;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine.Scheduling;

/// <summary>
/// Runs the planned workflows up to <c>parallelism</c> at a time, in plan order of starting, and
/// returns their results in plan order whatever finished first. A workflow marked
/// <c>x-conformance-run-alone</c> waits until nothing else runs and nothing starts beside it; the
/// first workflow also runs alone, so the credentials it obtains (token exchanges are recorded
/// with the request that needed them) land in the same place whatever the parallelism. A workflow
/// waits for those it depends on and is not run when one of them did not pass. Once the run
/// stops (<see cref="RunStop"/>), workflows not yet started are reported as not run with its reason.
/// Work given as <c>beside</c> (the generated cases) starts once the first workflow has finished
/// and runs beside the workflows up to the next run-alone one, which waits for it too; so it overlaps
/// only workflows that tolerate company, and only while they wait for the provider.
/// </summary>
internal sealed class WorkflowScheduler(EngineContext context, ApiProfile? profile, int parallelism, RunStop stop)
{
    public async Task<IReadOnlyList<FlowResult>> RunAsync(IReadOnlyList<ScheduledWorkflow> plan, Func<Task>? beside, CancellationToken cancellationToken)
    {
        var results = new Task<FlowResult>[plan.Count];
        var byId = new Dictionary<(ArazzoDocument Document, string WorkflowId), int>();
        var running = new List<Task>();
        Task? besideTask = plan.Count == 0 ? beside?.Invoke() : null;
        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        for (var i = 0; i < plan.Count; i++)
        {
            var entry = plan[i];
            byId[(entry.Document, entry.Workflow.WorkflowId)] = i;
            var dependencies = entry.Workflow.DependsOn
                .Select(d => byId.TryGetValue((entry.Document, d), out var j) ? results[j] : null)
                .OfType<Task<FlowResult>>()
                .ToList();
            if (i == 0 || entry.Workflow.RunAlone || parallelism <= 1)
            {
                await Task.WhenAll(running);
                running.Clear();
                results[i] = RunOneAsync(entry, dependencies, cancellationToken);
                await results[i];
                if (i == 0 && beside is not null)
                {
                    besideTask = beside();
                    running.Add(besideTask);
                }

                continue;
            }

            await slots.WaitAsync(cancellationToken);
            results[i] = InSlotAsync(slots, entry, dependencies, cancellationToken);
            running.Add(results[i]);
        }

        var flows = await Task.WhenAll(results);
        if (besideTask is not null)
        {
            await besideTask;
        }

        return flows;
    }

    /// <summary>A workflow reported without running, with the reason as an Info finding.</summary>
    public static FlowResult Omitted(ArazzoWorkflow workflow, ArazzoDocument document, string reason) => new()
    {
        WorkflowId = workflow.WorkflowId,
        Summary = workflow.Summary,
        SourceFile = document.SourceFile,
        Outcome = Outcome.Omitted,
        Duration = TimeSpan.Zero,
        Steps = [],
        Findings = [new Finding { CheckId = "flow_completed", Title = "Flow omitted", Severity = Severity.Info, Message = reason }],
    };

    private async Task<FlowResult> InSlotAsync(SemaphoreSlim slots, ScheduledWorkflow entry, IReadOnlyList<Task<FlowResult>> dependencies, CancellationToken cancellationToken)
    {
        try
        {
            return await RunOneAsync(entry, dependencies, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<FlowResult> RunOneAsync(ScheduledWorkflow entry, IReadOnlyList<Task<FlowResult>> dependencies, CancellationToken cancellationToken)
    {
        var (document, workflow, engine) = entry;
        var finished = await Task.WhenAll(dependencies);
        var omitted = WorkflowPlan.OmissionReason(workflow, context.Spec, profile);
        var failedDependency = workflow.DependsOn.FirstOrDefault(d => finished.FirstOrDefault(r => r.WorkflowId == d) is { Outcome: not (Outcome.Passed or Outcome.ExpectedFailure) });
        if (failedDependency is not null)
        {
            omitted = $"not run: the workflow it depends on, '{failedDependency}', did not pass";
        }

        omitted ??= stop.NotRunReason;
        if (omitted is null)
        {
            return await engine.RunAsync(workflow, cancellationToken);
        }

        var result = Omitted(workflow, document, omitted);
        context.Listener.FlowStarted(context.ApiId, workflow.WorkflowId);
        context.Listener.FlowFinished(context.ApiId, result);
        return result;
    }
}
