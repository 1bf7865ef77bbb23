using Conformance.Runner.Engine;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;

namespace Conformance.Runner.Arazzo;

/// <summary>
/// Cross-reference checks after reading: unique ids, goto and dependsOn targets, dependsOn
/// cycles, operations known to the spec, and expressions that name existing steps/workflows.
/// </summary>
internal sealed class ArazzoValidator(ArazzoReadContext context, ArazzoDocument document, ApiSpec? spec)
{
    public void Validate()
    {
        var workflowIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workflow in document.Workflows)
        {
            if (workflow.WorkflowId.Length > 0 && !workflowIds.Add(workflow.WorkflowId))
            {
                context.Error($"{workflow.Pointer}/workflowId", $"duplicate workflowId '{workflow.WorkflowId}'");
            }

            foreach (var dependency in workflow.DependsOn.Where(d => document.FindWorkflow(d) is null))
            {
                context.Error($"{workflow.Pointer}/dependsOn", $"dependsOn names unknown workflow '{dependency}'");
            }

            ValidateWorkflow(workflow);
        }

        ReportCycles();
    }

    private void ValidateWorkflow(ArazzoWorkflow workflow)
    {
        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in workflow.Steps)
        {
            if (step.StepId.Length > 0 && !stepIds.Add(step.StepId))
            {
                context.Error($"{step.Pointer}/stepId", $"duplicate stepId '{step.StepId}' in workflow '{workflow.WorkflowId}'");
            }
        }

        foreach (var step in workflow.Steps)
        {
            ValidateTarget(step);
            for (var i = 0; i < step.OnSuccess.Count; i++)
            {
                ValidateGoto(step.OnSuccess[i], workflow, $"{step.Pointer}/onSuccess/{i}");
            }

            for (var i = 0; i < step.OnFailure.Count; i++)
            {
                ValidateGoto(step.OnFailure[i], workflow, $"{step.Pointer}/onFailure/{i}");
            }

            ValidateExpressions(step, stepIds);
        }

        foreach (var action in workflow.SuccessActions.Concat(workflow.FailureActions))
        {
            ValidateGoto(action, workflow, workflow.Pointer);
        }

        foreach (var (name, value) in workflow.Outputs)
        {
            CheckExpressions(value, $"{workflow.Pointer}/outputs/{name}", stepIds);
        }
    }

    private void ValidateTarget(ArazzoStep step)
    {
        if (step.WorkflowId is { } target && document.FindWorkflow(target) is null)
        {
            context.Error($"{step.Pointer}/workflowId", $"unknown workflowId '{target}'");
        }

        if (spec is null)
        {
            return;
        }

        if (step.OperationId is { } operationId)
        {
            var plain = operationId.StartsWith("$sourceDescriptions.", StringComparison.Ordinal)
                ? operationId[(operationId.LastIndexOf('.') + 1)..]
                : operationId;
            var inbound = SpecLookup.FindInbound(spec, plain);
            if (SpecLookup.FindOperation(spec, plain) is null && inbound is null)
            {
                context.Error($"{step.Pointer}/operationId", $"operationId '{plain}' is not in the spec '{spec.Title}'");
            }
            else if (inbound is not null && step.AwaitCallback is null)
            {
                context.Error($"{step.Pointer}/operationId", $"'{plain}' is a {(inbound.IsWebhook ? "webhook" : "callback")} operation: the step needs x-conformance-await-callback");
            }
        }

        if (step.OperationPath is { } path && (SpecLookup.OperationPathPointer(path) is not { } pointer || SpecLookup.FindByPointer(spec, pointer) is null))
        {
            context.Error($"{step.Pointer}/operationPath", $"operationPath '{path}' does not point to an operation of the spec");
        }
    }

    private void ValidateGoto(ArazzoAction action, ArazzoWorkflow workflow, string pointer)
    {
        if (action.Type != ActionType.Goto)
        {
            return;
        }

        if (action.StepId is { } stepId && workflow.Steps.All(s => s.StepId != stepId))
        {
            context.Error(pointer, $"action '{action.Name}' goes to unknown step '{stepId}'");
        }

        if (action.WorkflowId is { } workflowId && document.FindWorkflow(workflowId) is null)
        {
            context.Error(pointer, $"action '{action.Name}' goes to unknown workflow '{workflowId}'");
        }
    }

    private void ValidateExpressions(ArazzoStep step, HashSet<string> stepIds)
    {
        for (var i = 0; i < step.Parameters.Count; i++)
        {
            CheckValue(step.Parameters[i].Value, $"{step.Pointer}/parameters/{i}/value", stepIds);
        }

        if (step.RequestBody is { } body)
        {
            CheckValue(body.Payload, $"{step.Pointer}/requestBody/payload", stepIds);
            for (var i = 0; i < body.Replacements.Count; i++)
            {
                CheckValue(body.Replacements[i].Value, $"{step.Pointer}/requestBody/replacements/{i}/value", stepIds);
            }
        }

        foreach (var (name, value) in step.Outputs)
        {
            CheckExpressions(value, $"{step.Pointer}/outputs/{name}", stepIds);
        }

        var criteria = step.SuccessCriteria.Concat(step.OnSuccess.Concat(step.OnFailure).SelectMany(a => a.Criteria));
        foreach (var criterion in criteria)
        {
            var used = (criterion.Simple?.Expressions ?? []).Concat(criterion.Context is null ? [] : [criterion.Context]);
            CheckReferences(used, step.Pointer, stepIds);
        }

        if (step.AwaitCallback is { } wait)
        {
            CheckExpressions(wait.Match, $"{step.Pointer}/x-conformance-await-callback/match", stepIds);
            CheckExpressions(wait.EqualsValue, $"{step.Pointer}/x-conformance-await-callback/equals", stepIds);
        }
    }

    private void CheckValue(System.Text.Json.Nodes.JsonNode? value, string pointer, HashSet<string> stepIds)
    {
        var found = new List<RuntimeExpression>();
        var errors = new List<string>();
        ExpressionTemplate.Collect(value, found, errors);
        errors.ForEach(e => context.Error(pointer, e));
        CheckReferences(found, pointer, stepIds);
    }

    private void CheckExpressions(string text, string pointer, HashSet<string> stepIds) =>
        CheckValue(System.Text.Json.Nodes.JsonValue.Create(text), pointer, stepIds);

    private void CheckReferences(IEnumerable<RuntimeExpression> expressions, string pointer, HashSet<string> stepIds)
    {
        foreach (var e in expressions)
        {
            if (e.Kind == RuntimeExpressionKind.StepOutputs && !stepIds.Contains(e.Owner!))
            {
                context.Error(pointer, $"{e.Text} names unknown step '{e.Owner}'");
            }
            else if (e.Kind is RuntimeExpressionKind.WorkflowInputs or RuntimeExpressionKind.WorkflowOutputs && document.FindWorkflow(e.Owner!) is null)
            {
                context.Error(pointer, $"{e.Text} names unknown workflow '{e.Owner}'");
            }
            else if (e.Kind == RuntimeExpressionKind.SourceDescriptionUrl && document.SourceDescriptions.All(s => s.Name != e.Owner))
            {
                context.Error(pointer, $"{e.Text} names unknown source description '{e.Owner}'");
            }
        }
    }

    private void ReportCycles()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var workflow in document.Workflows)
        {
            Visit(workflow, state, []);
        }
    }

    private void Visit(ArazzoWorkflow workflow, Dictionary<string, int> state, List<string> path)
    {
        if (state.TryGetValue(workflow.WorkflowId, out var s))
        {
            if (s == 1)
            {
                var cycle = path.SkipWhile(p => p != workflow.WorkflowId).Append(workflow.WorkflowId);
                context.Error($"{workflow.Pointer}/dependsOn", $"dependsOn cycle: {string.Join(" -> ", cycle)}");
            }

            return;
        }

        state[workflow.WorkflowId] = 1;
        path.Add(workflow.WorkflowId);
        foreach (var dependency in workflow.DependsOn.Select(document.FindWorkflow).OfType<ArazzoWorkflow>())
        {
            Visit(dependency, state, path);
        }

        path.RemoveAt(path.Count - 1);
        state[workflow.WorkflowId] = 2;
    }
}
