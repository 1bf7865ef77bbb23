using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Expressions;

namespace Conformance.Runner.Arazzo;

/// <summary>Turns the JSON form of a flow file into the model, reporting shape errors.</summary>
internal sealed class ArazzoModelReader(ArazzoReadContext context)
{
    private readonly ArazzoCriterionReader criteria = new(context);
    private ArazzoComponents components = ArazzoComponents.Empty;

    public ArazzoComponents ReadComponents(JsonObject root)
    {
        if (root["components"] is not JsonObject c)
        {
            return components;
        }

        var parameters = new Dictionary<string, ArazzoParameter>();
        if (c["parameters"] is JsonObject ps)
        {
            foreach (var (name, node) in ps)
            {
                if (ReadParameter(node, $"/components/parameters/{name}") is { } p)
                {
                    parameters[name] = p;
                }
            }
        }

        components = new ArazzoComponents
        {
            Inputs = c["inputs"] is JsonObject inputs ? inputs.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) : new Dictionary<string, JsonNode?>(),
            Parameters = parameters,
            SuccessActions = ReadActionMap(c["successActions"], "/components/successActions"),
            FailureActions = ReadActionMap(c["failureActions"], "/components/failureActions"),
        };
        return components;
    }

    public ArazzoWorkflow? ReadWorkflow(JsonNode? node, string pointer)
    {
        if (context.Object(node, pointer, "a workflow") is not { } obj)
        {
            return null;
        }

        var id = context.String(obj, "workflowId", pointer, required: true);
        var steps = context.Array(obj, "steps", pointer).Select(s => ReadStep(s.Item, s.Pointer)).OfType<ArazzoStep>().ToList();
        if (obj["steps"] is not JsonArray { Count: > 0 })
        {
            context.Error(pointer, "a workflow needs at least one step");
        }

        return new ArazzoWorkflow
        {
            WorkflowId = id ?? string.Empty,
            Summary = context.String(obj, "summary", pointer),
            Description = context.String(obj, "description", pointer),
            Inputs = ResolveInputs(obj["inputs"], $"{pointer}/inputs"),
            DependsOn = context.Array(obj, "dependsOn", pointer).Select(d => Text(d.Item, d.Pointer)).OfType<string>().ToList(),
            Steps = steps,
            SuccessActions = ReadActions(obj, "successActions", pointer, components.SuccessActions),
            FailureActions = ReadActions(obj, "failureActions", pointer, components.FailureActions),
            Outputs = ReadOutputs(obj, pointer),
            Parameters = context.Array(obj, "parameters", pointer).Select(p => ReadParameter(p.Item, p.Pointer)).OfType<ArazzoParameter>().ToList(),
            Optional = obj["x-conformance-optional"] is JsonValue o && o.GetValueKind() == JsonValueKind.True,
            RunAlone = obj["x-conformance-run-alone"] is JsonValue alone && alone.GetValueKind() == JsonValueKind.True,
            Tags = context.Array(obj, "x-conformance-tags", pointer).Select(t => Text(t.Item, t.Pointer)).OfType<string>().ToList(),
            Pointer = pointer,
        };
    }

    private ArazzoStep? ReadStep(JsonNode? node, string pointer)
    {
        if (context.Object(node, pointer, "a step") is not { } obj)
        {
            return null;
        }

        var stepId = context.String(obj, "stepId", pointer, required: true);
        var operationId = context.String(obj, "operationId", pointer);
        var operationPath = context.String(obj, "operationPath", pointer);
        var workflowId = context.String(obj, "workflowId", pointer);
        var targets = new[] { operationId, operationPath, workflowId }.Count(t => t is not null);
        if (targets != 1)
        {
            context.Error(pointer, "a step needs exactly one of 'operationId', 'operationPath' and 'workflowId'");
        }

        return new ArazzoStep
        {
            StepId = stepId ?? string.Empty,
            Description = context.String(obj, "description", pointer),
            OperationId = operationId,
            OperationPath = operationPath,
            WorkflowId = workflowId,
            Parameters = context.Array(obj, "parameters", pointer).Select(p => ReadParameter(p.Item, p.Pointer)).OfType<ArazzoParameter>().ToList(),
            RequestBody = ReadRequestBody(obj["requestBody"], $"{pointer}/requestBody"),
            SuccessCriteria = context.Array(obj, "successCriteria", pointer).Select(c => criteria.Read(c.Item, c.Pointer)).OfType<ArazzoCriterion>().ToList(),
            OnSuccess = ReadActions(obj, "onSuccess", pointer, components.SuccessActions),
            OnFailure = ReadActions(obj, "onFailure", pointer, components.FailureActions),
            Outputs = ReadOutputs(obj, pointer),
            Auth = ReadAuth(obj, pointer),
            AwaitCallback = ReadAwait(obj["x-conformance-await-callback"], $"{pointer}/x-conformance-await-callback"),
            ExpectFailureChecks = context.Array(obj, "x-conformance-expect-failure-checks", pointer).Select(c => Text(c.Item, c.Pointer)).OfType<string>().ToList(),
            Pointer = pointer,
        };
    }

    private ArazzoParameter? ReadParameter(JsonNode? node, string pointer)
    {
        if (context.Object(node, pointer, "a parameter") is not { } obj)
        {
            return null;
        }

        if (context.String(obj, "reference", pointer) is { } reference)
        {
            const string prefix = "$components.parameters.";
            if (!reference.StartsWith(prefix, StringComparison.Ordinal) || !components.Parameters.TryGetValue(reference[prefix.Length..], out var shared))
            {
                context.Error($"{pointer}/reference", $"'{reference}' does not name a parameter in components.parameters");
                return null;
            }

            return obj.ContainsKey("value") ? shared with { Value = obj["value"]?.DeepClone() } : shared;
        }

        var name = context.String(obj, "name", pointer, required: true);
        var location = context.String(obj, "in", pointer);
        if (location is not (null or "path" or "query" or "header" or "cookie"))
        {
            context.Error($"{pointer}/in", $"'in' must be path, query, header or cookie, not '{location}'");
        }

        if (!obj.ContainsKey("value"))
        {
            context.Error(pointer, "'value' is required");
        }

        var omit = obj["x-conformance-omit-if-undefined"] is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.True;
        return name is null ? null : new ArazzoParameter(name, location, obj["value"]?.DeepClone()) { OmitIfUndefined = omit };
    }

    private ArazzoRequestBody? ReadRequestBody(JsonNode? node, string pointer)
    {
        if (node is null || context.Object(node, pointer, "'requestBody'") is not { } obj)
        {
            return null;
        }

        var replacements = new List<ArazzoReplacement>();
        foreach (var (item, at) in context.Array(obj, "replacements", pointer))
        {
            if (context.Object(item, at, "a replacement") is { } r && context.String(r, "target", at, required: true) is { } target)
            {
                if (target.Length > 0 && target[0] != '/')
                {
                    context.Error($"{at}/target", $"'{target}' is not a JSON pointer");
                }

                replacements.Add(new ArazzoReplacement(target, r["value"]?.DeepClone()));
            }
        }

        return new ArazzoRequestBody(context.String(obj, "contentType", pointer), obj["payload"]?.DeepClone(), replacements);
    }

    private List<ArazzoAction> ReadActions(JsonObject obj, string name, string pointer, IReadOnlyDictionary<string, ArazzoAction> shared)
    {
        var actions = new List<ArazzoAction>();
        foreach (var (item, at) in context.Array(obj, name, pointer))
        {
            if (item is JsonObject a && context.String(a, "reference", at) is { } reference)
            {
                var key = reference[(reference.LastIndexOf('.') + 1)..];
                if (!reference.StartsWith("$components.", StringComparison.Ordinal) || !shared.TryGetValue(key, out var found))
                {
                    context.Error($"{at}/reference", $"'{reference}' does not name an action in components");
                    continue;
                }

                actions.Add(found);
            }
            else if (ReadAction(item, at) is { } action)
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    private Dictionary<string, ArazzoAction> ReadActionMap(JsonNode? node, string pointer)
    {
        var map = new Dictionary<string, ArazzoAction>();
        if (node is JsonObject obj)
        {
            foreach (var (name, item) in obj)
            {
                if (ReadAction(item, $"{pointer}/{name}") is { } action)
                {
                    map[name] = action;
                }
            }
        }

        return map;
    }

    private ArazzoAction? ReadAction(JsonNode? node, string pointer)
    {
        if (context.Object(node, pointer, "an action") is not { } obj)
        {
            return null;
        }

        var name = context.String(obj, "name", pointer, required: true) ?? string.Empty;
        var typeText = context.String(obj, "type", pointer, required: true);
        ActionType? type = typeText switch { "end" => ActionType.End, "goto" => ActionType.Goto, "retry" => ActionType.Retry, _ => null };
        if (type is null)
        {
            if (typeText is not null)
            {
                context.Error($"{pointer}/type", $"action type must be end, goto or retry, not '{typeText}'");
            }

            return null;
        }

        var stepId = context.String(obj, "stepId", pointer);
        var workflowId = context.String(obj, "workflowId", pointer);
        if (type == ActionType.Goto && (stepId is null) == (workflowId is null))
        {
            context.Error(pointer, "a goto action needs exactly one of 'stepId' and 'workflowId'");
        }

        var retryAfter = Number(obj["retryAfter"], $"{pointer}/retryAfter") ?? 0;
        var retryLimit = Number(obj["retryLimit"], $"{pointer}/retryLimit") ?? 1;
        if (retryLimit != Math.Floor(retryLimit))
        {
            context.Error($"{pointer}/retryLimit", "'retryLimit' must be a whole number");
        }

        return new ArazzoAction
        {
            Name = name,
            Type = type.Value,
            StepId = stepId,
            WorkflowId = workflowId,
            RetryAfter = retryAfter,
            RetryLimit = (int)Math.Min(retryLimit, int.MaxValue),
            Criteria = context.Array(obj, "criteria", pointer).Select(c => criteria.Read(c.Item, c.Pointer)).OfType<ArazzoCriterion>().ToList(),
        };
    }

    /// <summary><c>x-conformance-auth</c>: <c>none</c> or a wrong-credential mode (<see cref="Auth.AuthModeNames"/>; <c>missing</c> is <c>none</c>).</summary>
    private AuthMode ReadAuth(JsonObject obj, string pointer)
    {
        var text = context.String(obj, "x-conformance-auth", pointer);
        if (text is null)
        {
            return AuthMode.Default;
        }

        if (text == "none")
        {
            return AuthMode.None;
        }

        if (Auth.AuthModeNames.TryParse(text, out var mode))
        {
            return mode;
        }

        var names = Auth.AuthModeNames.InOrder.Where(m => m != AuthMode.None).Select(Auth.AuthModeNames.Name);
        context.Error($"{pointer}/x-conformance-auth", $"'{text}' is not one of none, {string.Join(", ", names)}");
        return AuthMode.Default;
    }

    private AwaitCallbackSpec? ReadAwait(JsonNode? node, string pointer)
    {
        if (node is null || context.Object(node, pointer, "'x-conformance-await-callback'") is not { } obj)
        {
            return null;
        }

        var match = context.String(obj, "match", pointer, required: true);
        var equals = context.String(obj, "equals", pointer, required: true);
        var timeout = Number(obj["timeout"], $"{pointer}/timeout") ?? AwaitCallbackSpec.DefaultTimeout.TotalSeconds;
        var respondWith = Number(obj["respondWith"], $"{pointer}/respondWith") ?? AwaitCallbackSpec.DefaultRespondWith;
        if (respondWith is < 100 or > 599)
        {
            context.Error($"{pointer}/respondWith", "'respondWith' must be an HTTP status code");
        }

        return match is null || equals is null ? null : new AwaitCallbackSpec(match, equals, TimeSpan.FromSeconds(timeout), (int)respondWith);
    }

    private JsonNode? ResolveInputs(JsonNode? node, string pointer)
    {
        if (node is JsonObject obj && obj["$ref"] is JsonValue r && r.GetValueKind() == JsonValueKind.String)
        {
            var reference = r.GetValue<string>();
            const string prefix = "#/components/inputs/";
            if (reference.StartsWith(prefix, StringComparison.Ordinal) && components.Inputs.TryGetValue(reference[prefix.Length..], out var schema))
            {
                return schema?.DeepClone();
            }

            context.Error($"{pointer}/$ref", $"'{reference}' does not name an entry of components.inputs");
            return null;
        }

        return node?.DeepClone();
    }

    private List<KeyValuePair<string, string>> ReadOutputs(JsonObject obj, string pointer)
    {
        if (obj["outputs"] is not JsonObject outputs)
        {
            return [];
        }

        return outputs.Select(p => new KeyValuePair<string, string>(p.Key, Text(p.Value, $"{pointer}/outputs/{p.Key}") ?? string.Empty)).ToList();
    }

    private string? Text(JsonNode? node, string pointer)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        context.Error(pointer, "a string is expected");
        return null;
    }

    private double? Number(JsonNode? node, string pointer)
    {
        if (node is null)
        {
            return null;
        }

        if (JsonValues.TryGetNumber(node, out var n) && n >= 0)
        {
            return n;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
        {
            return parsed;
        }

        context.Error(pointer, "a non-negative number is expected");
        return null;
    }
}
