using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Arazzo;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;
using Conformance.Specs.Validation;

namespace Conformance.Runner.Engine;

/// <summary>
/// Gives every declared workflow input a value, in this order: values passed by a calling step,
/// the profile (for the workflow, then for <c>*</c>), the well-known inputs, the schema's
/// <c>default</c>. Then validates the inputs against the workflow's inputs schema (JSON Schema 2020-12).
/// Well-known inputs the workflow does not declare are added after validation, so
/// <c>$inputs.runId</c> always works.
/// </summary>
public static class WorkflowInputResolver
{
    public static async Task<(Dictionary<string, JsonNode?> Inputs, List<string> Problems)> ResolveAsync(
        ArazzoWorkflow workflow,
        IReadOnlyDictionary<string, JsonNode?> wellKnown,
        IReadOnlyDictionary<string, JsonNode?>? passed,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> profileInputs)
    {
        var inputs = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var problems = new List<string>();
        var schema = workflow.Inputs as JsonObject;
        var properties = schema?["properties"] as JsonObject ?? [];
        var required = (schema?["required"] as JsonArray)?.Select(JsonValues.ToText).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var (name, property) in properties)
        {
            if (passed is not null && passed.TryGetValue(name, out var given))
            {
                inputs[name] = given?.DeepClone();
            }
            else if (Profile(profileInputs, workflow.WorkflowId, name) is { } text)
            {
                inputs[name] = Typed(text, property);
            }
            else if (wellKnown.TryGetValue(name, out var known))
            {
                inputs[name] = known?.DeepClone();
            }
            else if (property is JsonObject p && p.ContainsKey("default"))
            {
                inputs[name] = p["default"]?.DeepClone();
            }
            else if (required.Contains(name))
            {
                problems.Add($"input '{name}' is required but has no value (give it in the profile's inputs)");
            }
        }

        foreach (var (name, value) in passed ?? new Dictionary<string, JsonNode?>())
        {
            inputs.TryAdd(name, value?.DeepClone());
        }

        if (schema is not null && problems.Count == 0)
        {
            problems.AddRange(Validate(schema, inputs));
        }

        foreach (var (name, value) in wellKnown)
        {
            inputs.TryAdd(name, value?.DeepClone());
        }

        return (inputs, problems);
    }

    private static List<string> Validate(JsonObject schema, Dictionary<string, JsonNode?> inputs)
    {
        var instance = new JsonObject(inputs.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone())));
        var result = new JsonSchemaValidator(schema).Validate(new SpecSchema(string.Empty, schema), instance);
        return [.. result.Findings.Select(f => f.Keyword == "schema"
            ? $"the inputs schema cannot be used: {f.Message}"
            : $"input {(f.InstancePointer.Length == 0 ? "#" : f.InstancePointer)}: {f.Keyword}: {f.Message}")];
    }

    private static string? Profile(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> profile, string workflowId, string name) =>
        profile.TryGetValue(workflowId, out var own) && own.TryGetValue(name, out var a) ? a
        : profile.TryGetValue("*", out var all) && all.TryGetValue(name, out var b) ? b
        : null;

    /// <summary>Profile values are text; read them as the declared type.</summary>
    private static JsonNode? Typed(string text, JsonNode? property)
    {
        var type = (property as JsonObject)?["type"] is { } t ? JsonValues.ToText(t) : null;
        try
        {
            return type switch
            {
                "integer" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
                "number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
                "boolean" when bool.TryParse(text, out var b) => JsonValue.Create(b),
                "object" or "array" => JsonNode.Parse(text),
                _ => JsonValue.Create(text),
            };
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
