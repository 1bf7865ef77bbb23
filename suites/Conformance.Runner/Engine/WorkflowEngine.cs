using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// Executes the workflows of one Arazzo document against one provider. Control flow follows
/// Arazzo 1.0.1 §4.6.6/§4.6.13–14: after a step, the first applicable success (or failure) action
/// of the step, else of the workflow, decides: <c>end</c>, <c>goto</c> a step or workflow, or
/// <c>retry</c> (after <c>retryAfter</c> seconds, at most <c>retryLimit</c> times). A step without
/// an applicable action continues with the next step on success and ends the workflow on failure.
/// Our decisions where Arazzo is silent: a step without successCriteria succeeds when a response
/// (or callback) arrived; a failure handled by a <c>goto</c> is noted (Info) and does not fail
/// the flow; a failure ending in <c>end</c>, exhausted retries or no action fails it.
/// Top-level workflows may run concurrently on one engine: each run keeps its own values and sees
/// those of the workflows it depends on (which the caller finishes first).
/// </summary>
public sealed class WorkflowEngine(EngineContext context, ArazzoDocument document)
{
    /// <summary>Nesting depth allowed for workflow steps and goto-workflow actions.</summary>
    public const int MaxDepth = 8;

    private readonly ConcurrentDictionary<string, WorkflowValues> workflows = new(StringComparer.Ordinal);
    private readonly StepExecutor executor = new(context);
    private readonly StepVisitor visitor = new(context, document);
    private readonly FlowCompletedCheck flowCompleted = context.Catalogue.Get<FlowCompletedCheck>();

    /// <summary>Inputs and outputs of the top-level workflows finished so far (for <c>$workflows.…</c> of those depending on them).</summary>
    public IReadOnlyDictionary<string, WorkflowValues> Workflows => workflows;

    public async Task<FlowResult> RunAsync(ArazzoWorkflow workflow, CancellationToken cancellationToken)
    {
        context.Listener.FlowStarted(context.ApiId, workflow.WorkflowId);
        var started = context.TimeProvider.GetTimestamp();
        using var deadline = new CancellationTokenSource(context.FlowTimeout, context.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token, context.Stop?.Token ?? CancellationToken.None);
        var budget = new RunBudget(context.MaxSteps, DependencyValues.Of(workflow, document, workflows), linked.Token);
        var steps = new List<StepResult>();
        var findings = new List<Finding>();
        await RunWorkflowAsync(workflow, null, budget, 0, steps, findings, topLevel: true, cancellationToken);
        if (budget.Workflows.TryGetValue(workflow.WorkflowId, out var own))
        {
            workflows[workflow.WorkflowId] = own;
        }

        var checkContext = new WorkflowCheckContext { ApiId = context.ApiId, Spec = context.Spec, WorkflowId = workflow.WorkflowId, Steps = steps };
        findings.AddRange(context.Catalogue.WorkflowChecks.Where(c => CheckCatalogue.RunsFor(c, context.ApiId)).SelectMany(c => c.Evaluate(checkContext)));
        findings = findings.Select(f => context.Policy.Apply(f, workflow.WorkflowId, null, null)).ToList();
        var all = findings.Concat(steps.SelectMany(s => s.Findings));
        var result = new FlowResult
        {
            WorkflowId = workflow.WorkflowId,
            Summary = workflow.Summary,
            SourceFile = document.SourceFile,
            Outcome = OutcomeRules.From(all),
            Duration = context.TimeProvider.GetElapsedTime(started),
            Steps = steps,
            Findings = findings,
        };
        context.Listener.FlowFinished(context.ApiId, result);
        return result;
    }

    /// <summary>Runs one workflow; returns true when it succeeded. Step results and flow findings are appended.</summary>
    private async Task<bool> RunWorkflowAsync(
        ArazzoWorkflow workflow,
        IReadOnlyDictionary<string, JsonNode?>? passed,
        RunBudget budget,
        int depth,
        List<StepResult> steps,
        List<Finding> findings,
        bool topLevel,
        CancellationToken cancellationToken)
    {
        var runId = context.RunIdFactory();
        var wellKnown = new Dictionary<string, JsonNode?>
        {
            ["runId"] = runId,
            ["epoch"] = "1970-01-01T00:00:00Z",
            ["farFuture"] = "2999-12-31T23:59:59Z",
        };
        if (context.Inbox is not null)
        {
            wellKnown["callbackUrl"] = context.Inbox.Open(runId);
            if (context.Inbox.WebhookUrl is { } webhookUrl)
            {
                wellKnown["webhookUrl"] = webhookUrl;
            }
        }

        try
        {
            var (inputs, problems) = await WorkflowInputResolver.ResolveAsync(workflow, wellKnown, passed, context.ProfileInputs);
            var run = new WorkflowRun(workflow, runId, inputs, budget);
            budget.Workflows[workflow.WorkflowId] = new WorkflowValues(run.Inputs, run.Outputs);
            if (problems.Count > 0)
            {
                var check = context.Catalogue.Get<WorkflowInputsValidCheck>();
                findings.AddRange(problems.Select(p => check.Fail($"workflow '{workflow.WorkflowId}': {p}")));
                return false;
            }

            var succeeded = await RunStepsAsync(run, depth, steps, findings, topLevel, cancellationToken);
            if (succeeded)
            {
                var scope = run.Scope(document, budget.Workflows);
                var outputProblems = new List<string>();
                foreach (var (name, expression) in workflow.Outputs)
                {
                    run.Outputs[name] = ExpressionTemplate.EvaluateString(expression, scope with { Outputs = run.Outputs }, outputProblems);
                }

                findings.AddRange(outputProblems.Select(p => flowCompleted.Fail($"workflow '{workflow.WorkflowId}' output: {p}")));
            }

            return succeeded && findings.All(f => f.Severity != Severity.Error);
        }
        finally
        {
            context.Inbox?.Close(runId);
        }
    }

    private async Task<bool> RunStepsAsync(WorkflowRun run, int depth, List<StepResult> steps, List<Finding> findings, bool topLevel, CancellationToken cancellationToken)
    {
        var workflow = run.Workflow;
        var index = 0;
        while (index < workflow.Steps.Count)
        {
            var step = workflow.Steps[index];
            var visit = new StepVisit(step, context.TimeProvider);
            var next = await visitor.VisitAsync(run, step, visit, token => AttemptAsync(run, step, depth, token), findings, cancellationToken);
            var result = visit.ToResult(context.Policy, workflow.WorkflowId);
            steps.Add(result);
            if (topLevel)
            {
                context.Listener.StepFinished(context.ApiId, workflow.WorkflowId, result);
            }

            switch (next)
            {
                case { Kind: NextStepKind.Continue }:
                    index++;
                    break;
                case { Kind: NextStepKind.GotoStep, Target: var target }:
                    index = workflow.Steps.ToList().FindIndex(s => s.StepId == target);
                    break;
                case { Kind: NextStepKind.GotoWorkflow, Target: var target }:
                    return document.FindWorkflow(target!) is { } other && depth < MaxDepth
                        && await RunWorkflowAsync(other, null, run.Budget, depth + 1, steps, findings, false, cancellationToken);
                case { Kind: NextStepKind.EndSuccess }:
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }

    private async Task<StepAttempt> AttemptAsync(WorkflowRun run, ArazzoStep step, int depth, CancellationToken token)
    {
        var scope = run.Scope(document, run.Budget.Workflows);
        if (step.WorkflowId is null)
        {
            return await executor.SendAsync(step, scope, token, run.Exchanges);
        }

        var target = document.FindWorkflow(step.WorkflowId);
        if (target is null || depth >= MaxDepth)
        {
            var finding = flowCompleted.Fail($"step '{step.StepId}': workflow '{step.WorkflowId}' cannot be run (unknown or nested deeper than {MaxDepth})");
            return new StepAttempt([], [finding], scope, false, finding.Message);
        }

        var problems = new List<string>();
        var passed = step.Parameters.ToDictionary(p => p.Name, p => ExpressionTemplate.EvaluateValue(p.Value, scope, problems));
        var nestedSteps = new List<StepResult>();
        var nestedFindings = problems.Select(p => flowCompleted.Fail($"step '{step.StepId}': {p}")).ToList();
        var succeeded = await RunWorkflowAsync(target, passed, run.Budget, depth + 1, nestedSteps, nestedFindings, false, token);
        var values = run.Budget.Workflows[target.WorkflowId];
        return new StepAttempt(
            nestedSteps.SelectMany(s => s.Exchanges).ToList(),
            nestedFindings.Concat(nestedSteps.SelectMany(s => s.Findings)).ToList(),
            scope with { Outputs = values.Outputs },
            succeeded,
            succeeded ? null : $"workflow '{target.WorkflowId}' failed");
    }
}
