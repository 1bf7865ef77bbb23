using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Schema-violating variants of a valid case: per parameter a wrong type, a value outside the
/// enum, a bad format, a pattern violation, or the parameter left out when required; per body
/// property left out when required, of the wrong type, or outside the enum; and a body that is not
/// JSON. Each is expected to be refused as the API refuses bad input.
/// </summary>
public static class NegativeCases
{
    private const string BadPatternValue = "!not valid!";

    public static IEnumerable<GeneratedCase> ForParameters(SpecOperation operation, GeneratedCase valid, SchemaSamples samples)
    {
        foreach (var parameter in operation.Parameters.Where(p => p.In is ParameterLocation.Query or ParameterLocation.Path))
        {
            if (parameter.Required && parameter.In == ParameterLocation.Query)
            {
                var without = valid.Parameters.Where(p => p.Key != parameter.Name).ToDictionary(p => p.Key, p => p.Value);
                yield return Make(valid, operation, $"missing_required.{parameter.Name}", $"required parameter '{parameter.Name}' left out") with
                {
                    Parameters = without,
                    IdParameters = valid.IdParameters.Where(i => i != parameter.Name).ToList(),
                };
            }

            if (!valid.Parameters.ContainsKey(parameter.Name) && !parameter.Required)
            {
                continue;
            }

            var schema = samples.Resolve(parameter.Schema?.Node);
            var itemSchema = schema is not null && SchemaSamples.TypeOf(schema) == "array" ? samples.Resolve(schema["items"]) : schema;
            if (itemSchema is null)
            {
                continue;
            }

            foreach (var (detail, value, why) in Violations(itemSchema))
            {
                var parameters = new Dictionary<string, JsonNode?>(valid.Parameters) { [parameter.Name] = JsonValue.Create(value) };
                yield return Make(valid, operation, $"{detail}.{parameter.Name}", $"parameter '{parameter.Name}' = '{value}' ({why})") with
                {
                    Parameters = parameters,
                    IdParameters = valid.IdParameters.Where(i => i != parameter.Name).ToList(),
                };
            }
        }
    }

    public static IEnumerable<GeneratedCase> ForBody(SpecOperation operation, GeneratedCase valid, SchemaSamples samples, (JsonNode? Body, string ContentType)? example)
    {
        if (operation.RequestBody?.Content.Values.FirstOrDefault(m => m.Schema is not null) is not { } media)
        {
            yield break;
        }

        var schema = samples.Resolve(media.Schema!.Node);
        var body = example?.Body as JsonObject ?? samples.Sample(media.Schema.Node) as JsonObject;
        if (schema is null || body is null)
        {
            yield break;
        }

        var withBody = valid with { HasBody = true, ContentType = media.MediaType };
        yield return Make(withBody, operation, "not_json", "a body that is not JSON") with { RawBody = "{ this is not json", Body = null };
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var name in (schema["required"] as JsonArray)?.Select(JsonValues.ToText) ?? [])
        {
            var without = (JsonObject)body.DeepClone();
            without.Remove(name);
            yield return Make(withBody, operation, $"missing_required.{name}", $"required property '{name}' left out") with { Body = without };
        }

        foreach (var (name, propertySchema) in properties)
        {
            var property = samples.Resolve(propertySchema);
            if (property is null || SchemaSamples.TypeOf(property) is not { } type)
            {
                continue;
            }

            var wrong = (JsonObject)body.DeepClone();
            wrong[name] = type is "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + type);
            yield return Make(withBody, operation, $"wrong_type.{name}", $"property '{name}' of the wrong type (expected {type})") with { Body = wrong };
            if (type == "string" && property["enum"] is JsonArray)
            {
                var outside = (JsonObject)body.DeepClone();
                outside[name] = "not-in-enum";
                yield return Make(withBody, operation, $"bad_enum.{name}", $"property '{name}' outside its enum") with { Body = outside };
            }
        }
    }

    private static IEnumerable<(string Detail, string Value, string Why)> Violations(JsonObject schema)
    {
        var type = SchemaSamples.TypeOf(schema);
        var format = schema["format"] is { } f ? JsonValues.ToText(f) : null;
        if (type is "integer" or "number")
        {
            yield return ("wrong_type", "not-a-number", $"expected {type}");
        }
        else if (type == "boolean")
        {
            yield return ("wrong_type", "maybe", "expected boolean");
        }
        else if (type == "string" && format is "date-time" or "date")
        {
            yield return ("bad_format", "not-a-date", $"expected {format}");
        }
        else if (type == "string" && schema["enum"] is JsonArray)
        {
            yield return ("bad_enum", "not-in-enum", "outside the enum");
        }
        else if (type == "string" && schema["pattern"] is JsonValue p && JsonValues.TryGetString(p, out var pattern) && !Matches(pattern, BadPatternValue))
        {
            yield return ("bad_pattern", BadPatternValue, $"does not match {pattern}");
        }
    }

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static GeneratedCase Make(GeneratedCase valid, SpecOperation operation, string detail, string why) => valid with
    {
        CaseId = $"{operation.OperationId}.negative.{detail}",
        Kind = CaseKind.NegativeData,
        Description = $"{why}: must be refused as bad input",
    };
}
