using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Json.Schema;

namespace Conformance.Specs.Validation;

/// <summary>
/// Turns the evaluator's list output into findings. Errors inside the branches of <c>anyOf</c>,
/// <c>oneOf</c>, <c>not</c>, <c>if</c> and <c>contains</c> are not failures of the instance by
/// themselves: the combinator is reported once, naming the first problems of its branches (the
/// evaluator gives <c>anyOf</c>, <c>oneOf</c> and <c>not</c> no message of their own). A failed
/// <c>required</c> gives one finding per missing member, at that member's pointer.
/// </summary>
internal static class FindingCollector
{
    private const int BranchProblems = 3;

    private static readonly HashSet<string> Branching = new(StringComparer.Ordinal) { "anyOf", "oneOf", "not", "if", "contains" };
    private static readonly HashSet<string> Named = new(StringComparer.Ordinal) { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" };
    private static readonly HashSet<string> Indexed = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };
    private static readonly HashSet<string> FalseSchemaKeywords = new(StringComparer.Ordinal)
    {
        "additionalProperties", "unevaluatedProperties", "items", "unevaluatedItems", "propertyNames", "contains",
    };

    public static List<SchemaFinding> Collect(EvaluationResults results, JsonElement instance, JsonNode? document, SchemaLocations locations)
    {
        var nodes = Flatten(results).Select(n => new EvaluationNode(n, n.EvaluationPath.ToString(), n.InstanceLocation.ToString())).ToList();
        var findings = new List<(int Order, SchemaFinding Finding)>();
        var order = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        var reported = new HashSet<EvaluationNode>();

        // Deepest first, so a node knows whether something below it has been reported already.
        foreach (var node in nodes.Where(n => !n.Result.IsValid && BranchOf(n.Path) is null).OrderByDescending(n => n.Path.Length))
        {
            var schemaPointer = locations.ToPointer(node.Result.SchemaLocation, document);
            if (node.Result.Errors is { Count: > 0 } errors)
            {
                foreach (var (keyword, message) in errors)
                {
                    findings.AddRange(FromError(node, keyword, message, instance, document, schemaPointer, nodes).Select(f => (order[node], f)));
                }

                reported.Add(node);
                continue;
            }

            var below = nodes.Where(n => n.Path.StartsWith(node.Path + "/", StringComparison.Ordinal)).ToList();
            if (below.Any(reported.Contains))
            {
                reported.Add(node);
                continue;
            }

            if (Combinator(node, below) is { } finding)
            {
                findings.Add((order[node], finding with { SchemaPointer = schemaPointer }));
                reported.Add(node);
            }
        }

        return [.. findings.OrderBy(f => f.Order).Select(f => f.Finding).Distinct()];
    }

    private static IEnumerable<SchemaFinding> FromError(EvaluationNode node, string keyword, string message, JsonElement instance, JsonNode? document, string schemaPointer, List<EvaluationNode> nodes)
    {
        if (keyword == "required" && Missing(instance, node.Instance, document, schemaPointer) is { Count: > 0 } missing)
        {
            return missing.Select(name => new SchemaFinding(JsonPointer.Append(node.Instance, name), keyword, $"Required property '{name}' is missing.", schemaPointer));
        }

        var at = At(node.Instance);
        if (keyword.Length == 0 || keyword == "false")
        {
            var schemaSegments = JsonPointer.Split(schemaPointer);
            var instanceSegments = JsonPointer.Split(node.Instance);
            var last = schemaSegments.Count > 0 ? schemaSegments[^1] : string.Empty;
            var name = instanceSegments.Count > 0 ? instanceSegments[^1] : string.Empty;
            return FalseSchemaKeywords.Contains(last)
                ? [new SchemaFinding(node.Instance, last, last.EndsWith("Properties", StringComparison.Ordinal) ? $"Property '{name}' is not allowed here ('{last}')." : $"{at} is not allowed here ('{last}').", schemaPointer)]
                : [new SchemaFinding(node.Instance, "false", $"{at} is not allowed here (the schema is false).", schemaPointer)];
        }

        var text = $"{at}: {message}";
        if (keyword == "contains")
        {
            text += Problems(nodes.Where(n => n.Path.StartsWith(node.Path + "/contains", StringComparison.Ordinal)));
        }

        return [new SchemaFinding(node.Instance, keyword, text, schemaPointer)];
    }

    /// <summary>The finding of a failed <c>anyOf</c>, <c>oneOf</c> or <c>not</c> (schema pointer filled in by the caller).</summary>
    private static SchemaFinding? Combinator(EvaluationNode node, List<EvaluationNode> below)
    {
        var at = At(node.Instance);
        foreach (var keyword in new[] { "oneOf", "anyOf", "not" })
        {
            var prefix = node.Path + "/" + keyword;
            var branches = below.Where(n => n.Instance == node.Instance && (n.Path == prefix || IsBranchRoot(n.Path, prefix))).ToList();
            if (branches.Count == 0)
            {
                continue;
            }

            var inside = below.Where(n => n.Path.StartsWith(prefix, StringComparison.Ordinal));
            var passing = branches.Count(b => b.Result.IsValid);
            if (keyword == "not" && passing > 0)
            {
                return new SchemaFinding(node.Instance, keyword, $"{at} matches the schema it must not match ('not').", string.Empty);
            }

            if (keyword == "oneOf" && passing > 1)
            {
                return new SchemaFinding(node.Instance, keyword, $"{at} matches {passing} branches of 'oneOf'; exactly one must match.", string.Empty);
            }

            if (keyword != "not" && passing == 0)
            {
                return new SchemaFinding(node.Instance, keyword, $"{at} matches no branch of '{keyword}'.{Problems(inside)}", string.Empty);
            }
        }

        return null;
    }

    private static bool IsBranchRoot(string path, string prefix) =>
        path.StartsWith(prefix + "/", StringComparison.Ordinal) && path.AsSpan(prefix.Length + 1).IndexOf('/') < 0;

    private static string Problems(IEnumerable<EvaluationNode> inside)
    {
        var problems = inside.Where(n => n.Result.Errors is { Count: > 0 })
            .SelectMany(n => n.Result.Errors!.Select(e => $"'{e.Key}' at '{n.Instance}': {e.Value}"))
            .Take(BranchProblems).ToList();
        return problems.Count > 0 ? $" First problems: {string.Join("; ", problems)}." : string.Empty;
    }

    private static string At(string instancePointer) => instancePointer.Length == 0 ? "The instance" : $"'{instancePointer}'";

    private static List<EvaluationResults> Flatten(EvaluationResults root)
    {
        var stack = new Stack<EvaluationResults>();
        stack.Push(root);
        var ordered = new List<EvaluationResults>();
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            ordered.Add(node);
            if (node.Details is { } details)
            {
                for (var i = details.Count - 1; i >= 0; i--)
                {
                    stack.Push(details[i]);
                }
            }
        }

        return ordered;
    }

    /// <summary>The first branching keyword the evaluation path passes through, or null.</summary>
    private static string? BranchOf(string evaluationPath)
    {
        var segments = JsonPointer.Split(evaluationPath);
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var segment = segments[i];
            if (Branching.Contains(segment))
            {
                return segment;
            }

            if (Named.Contains(segment) || Indexed.Contains(segment))
            {
                i++;
            }
        }

        return segments.Count > 0 && Branching.Contains(segments[^1]) ? segments[^1] : null;
    }

    private static List<string>? Missing(JsonElement instance, string instancePointer, JsonNode? document, string schemaPointer)
    {
        if (!JsonPointer.TryResolve(document, schemaPointer, out var schema) || schema is not JsonObject shape || shape["required"] is not JsonArray required)
        {
            return null;
        }

        var target = global::Json.Pointer.JsonPointer.TryParse(instancePointer, out var p) ? p.Evaluate(instance) : null;
        if (target is not { ValueKind: JsonValueKind.Object } obj)
        {
            return null;
        }

        return [.. required.OfType<JsonValue>().Select(r => r.TryGetValue<string>(out var name) ? name : null).OfType<string>().Where(name => !obj.TryGetProperty(name, out _))];
    }
}
