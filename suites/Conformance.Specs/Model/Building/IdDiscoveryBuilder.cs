using System.Text.Json.Nodes;
using Conformance.Specs.Json;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Specs.Model.Building;

/// <summary>Reads <c>x-conformance.idDiscovery</c>, a list of rules in the order they are tried.</summary>
internal static class IdDiscoveryBuilder
{
    public static IReadOnlyList<IdDiscoveryRule> Build(ConventionsReader reader, JsonObject conventions, string root, IReadOnlyList<SpecOperation> operations)
    {
        var at = root + "/idDiscovery";
        if (!conventions.TryGetPropertyValue("idDiscovery", out var node))
        {
            return [];
        }

        if (node is not JsonArray rules)
        {
            reader.Error("'idDiscovery' must be an array of rules", at);
            return [];
        }

        var result = new List<IdDiscoveryRule>();
        for (var i = 0; i < rules.Count; i++)
        {
            var ruleAt = JsonPointer.Append(at, i);
            if (rules[i] is not JsonObject rule)
            {
                reader.Error("a rule must be an object", ruleAt);
                continue;
            }

            reader.Members(rule, ruleAt, ConventionsVocabulary.IdRule);
            if (Read(reader, rule, ruleAt, operations) is { } read)
            {
                result.Add(read);
            }
        }

        return result;
    }

    private static IdDiscoveryRule? Read(ConventionsReader reader, JsonObject rule, string at, IReadOnlyList<SpecOperation> operations)
    {
        var parameter = reader.String(rule, at, "parameter");
        var operation = reader.String(rule, at, "operation");
        var ids = reader.Pointer(rule, at, "ids");
        if (parameter is null || operation is null || ids is null)
        {
            reader.Error("a rule needs 'parameter', 'operation' and 'ids'", at);
            return null;
        }

        if (!reader.KnownOperation(operation, at + "/operation", operations))
        {
            return null;
        }

        ParameterLocation? location = reader.String(rule, at, "in") switch
        {
            null => null,
            "path" => ParameterLocation.Path,
            "query" => ParameterLocation.Query,
            "header" => ParameterLocation.Header,
            "cookie" => ParameterLocation.Cookie,
            var other => Invalid(reader, at, other),
        };
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (reader.Object(rule, at, "values") is { } given)
        {
            foreach (var (name, value) in given)
            {
                values[name] = value?.DeepClone();
            }
        }

        return new IdDiscoveryRule
        {
            Parameter = parameter,
            In = location,
            Operations = reader.Strings(rule, at, "operations") ?? [],
            OperationId = operation,
            Values = values,
            Ids = ids,
        };
    }

    private static ParameterLocation? Invalid(ConventionsReader reader, string at, string location)
    {
        reader.Error($"'in' must be path, query, header or cookie (got '{location}')", at + "/in");
        return null;
    }
}
