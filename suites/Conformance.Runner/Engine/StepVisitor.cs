using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Checks;
using Conformance.Runner.Expressions;
using Conformance.Runner.Results;

namespace Conformance.Runner.Engine;

/// <summary>
/// One visit of a step (Arazzo 1.0.1 §4.6.6, §4.6.13–14): attempts it, evaluates its criteria and
/// outputs, retries per its <c>retry</c> action, and picks the first applicable success or failure
/// action of the step, else of the workflow. Where the step leads is the caller's
/// (<see cref="WorkflowEngine"/>) to follow; this decides only which way.
/// </summary>
internal sealed class StepVisitor(EngineContext context, ArazzoDocument document)
{
    private readonly FlowCompletedCheck flowCompleted = context.Catalogue.Get<FlowCompletedCheck>();
    private readonly FlowSuccessCriteriaCheck criteriaCheck = context.Catalogue.Get<FlowSuccessCriteriaCheck>();

    /// <summary>
    /// Attempts <paramref name="step"/> (through <paramref name="attempt"/>, given the run's deadline)
    /// until its criteria hold or its actions say otherwise; records each attempt in <paramref name="visit"/>
    /// and returns what comes next. Flow-level findings (limits reached) go to <paramref name="flowFindings"/>.
    /// </summary>
    public async Task<NextStep> VisitAsync(
        WorkflowRun run,
        ArazzoStep step,
        StepVisit visit,
        Func<CancellationToken, Task<StepAttempt>> attempt,
        List<Finding> flowFindings,
        CancellationToken cancellationToken)
    {
        var retries = 0;
        while (true)
        {
            if (run.Budget.Exhausted)
            {
                flowFindings.Add(flowCompleted.Fail($"workflow '{run.Workflow.WorkflowId}' stopped at step '{step.StepId}': the limit of {run.Budget.MaxSteps} steps (retries included) was reached"));
                return NextStep.Fail;
            }

            if (run.Budget.Deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                flowFindings.Add(TimeLimit(run, step));
                return NextStep.Fail;
            }

            run.Budget.StepsRun++;
            StepAttempt tried;
            try
            {
                tried = await attempt(run.Budget.Deadline);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                flowFindings.Add(TimeLimit(run, step));
                return NextStep.Fail;
            }

            visit.Add(tried);
            var failed = tried.Completed
                ? CriteriaEvaluator.Failed(step.SuccessCriteria, tried.Scope)
                : [tried.Failure ?? "the step did not complete"];
            if (failed.Count == 0)
            {
                var outputs = EvaluateOutputs(step, tried.Scope, visit);
                run.StepOutputs[step.StepId] = outputs;
                var action = Select(step.OnSuccess.Concat(run.Workflow.SuccessActions), tried.Scope);
                return action switch
                {
                    { Type: ActionType.End } => NextStep.End,
                    { Type: ActionType.Goto, StepId: { } s } => new NextStep(NextStepKind.GotoStep, s),
                    { Type: ActionType.Goto, WorkflowId: { } w } => new NextStep(NextStepKind.GotoWorkflow, w),
                    _ => NextStep.Continue,
                };
            }

            var onFailure = Select(step.OnFailure.Concat(run.Workflow.FailureActions), tried.Scope);
            switch (onFailure)
            {
                case { Type: ActionType.Retry } retry when retries < retry.RetryLimit:
                    retries++;
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(retry.RetryAfter), context.TimeProvider, run.Budget.Deadline);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        visit.AddFinding(Criteria(step, failed, retries));
                        flowFindings.Add(TimeLimit(run, step));
                        return NextStep.Fail;
                    }

                    continue;
                case { Type: ActionType.Goto } jump:
                    visit.AddFinding(Criteria(step, failed, retries) with
                    {
                        Severity = Severity.Info,
                        Message = $"step '{step.StepId}' did not meet its criteria ({string.Join("; ", failed)}); the flow continues with '{jump.StepId ?? jump.WorkflowId}' (action '{jump.Name}')",
                    });
                    return jump.StepId is { } s ? new NextStep(NextStepKind.GotoStep, s) : new NextStep(NextStepKind.GotoWorkflow, jump.WorkflowId);
                default:
                    if (tried.Completed || tried.Findings.Count == 0)
                    {
                        visit.AddFinding(Criteria(step, failed, retries));
                    }

                    return NextStep.Fail;
            }
        }
    }

    private Dictionary<string, JsonNode?> EvaluateOutputs(ArazzoStep step, ExpressionScope scope, StepVisit visit)
    {
        var outputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, expression) in step.Outputs)
        {
            outputs[name] = ExpressionTemplate.EvaluateString(expression, scope, problems);
            visit.AddOutput(name, JsonValues.ToText(outputs[name]));
        }

        foreach (var problem in problems)
        {
            visit.AddFinding(flowCompleted.Fail($"step '{step.StepId}' output: {problem}"));
        }

        return outputs;
    }

    private static ArazzoAction? Select(IEnumerable<ArazzoAction> actions, ExpressionScope scope) =>
        actions.FirstOrDefault(a => CriteriaEvaluator.AllHold(a.Criteria, scope));

    private Finding Criteria(ArazzoStep step, IReadOnlyList<string> failed, int retries) =>
        criteriaCheck.Fail($"step '{step.StepId}'{(retries > 0 ? $" after {retries + 1} attempts" : string.Empty)}: {string.Join("; ", failed)}", $"{document.SourceFile}#{step.Pointer}/successCriteria");

    private Finding TimeLimit(WorkflowRun run, ArazzoStep step) => context.Stop?.Reason is { } reason
        ? flowCompleted.Fail($"workflow '{run.Workflow.WorkflowId}' stopped at step '{step.StepId}': {reason}")
        : flowCompleted.Fail($"workflow '{run.Workflow.WorkflowId}' stopped at step '{step.StepId}': the time limit of {context.FlowTimeout.TotalSeconds:0.#} s was reached");
}
