using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Parameter-level <c>example</c>/<c>examples</c> read from the document (the read-only spec
/// model keeps only schemas), from the operation's and its path item's parameter lists.
/// </summary>
internal sealed class ParameterExamples(ApiSpec spec, SchemaSamples samples)
{
    public JsonNode? Example(SpecOperation operation, SpecParameter parameter)
    {
        var pathItem = operation.Pointer[..operation.Pointer.LastIndexOf('/')];
        foreach (var list in new[] { $"{operation.Pointer}/parameters", $"{pathItem}/parameters" })
        {
            if (JsonPointer.Resolve(spec.Document, list).Value is not JsonArray parameters)
            {
                continue;
            }

            foreach (var raw in parameters.Select(samples.Resolve).OfType<JsonObject>())
            {
                if (JsonValues.ToText(raw["name"]) != parameter.Name || !string.Equals(JsonValues.ToText(raw["in"]), parameter.In.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (raw["example"] is { } example)
                {
                    return example.DeepClone();
                }

                if (raw["examples"] is JsonObject examples && examples.FirstOrDefault().Value is { } first)
                {
                    return (samples.Resolve(first)?["value"] ?? first["value"])?.DeepClone();
                }
            }
        }

        return samples.Sample(parameter.Schema?.Node);
    }
}
