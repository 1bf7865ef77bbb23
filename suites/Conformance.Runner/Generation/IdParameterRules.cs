using System.Text.Json.Nodes;
using Conformance.Specs.Model;
using Conformance.Specs.Model.Conventions;

namespace Conformance.Runner.Generation;

/// <summary>
/// Which parameters need a real id and where to get one, as the contract declares in
/// <c>x-conformance.idDiscovery</c> (the first rule that applies wins). Without a rule, or when the
/// rule's discovery operation is missing, the parameter keeps its example value.
/// </summary>
public sealed class IdParameterRules(ApiSpec spec)
{
    public bool NeedsId(SpecOperation operation, SpecParameter parameter) => Rule(operation, parameter) is not null;

    /// <summary>The rule for this parameter of this operation whose discovery operation exists; null when none.</summary>
    public IdDiscoveryRule? Rule(SpecOperation operation, SpecParameter parameter) =>
        spec.Conventions.IdDiscovery.FirstOrDefault(r => r.AppliesTo(operation, parameter) && Discovery(r) is not null);

    public SpecOperation? Discovery(IdDiscoveryRule rule) => spec.FindOperation(rule.OperationId);

    /// <summary>
    /// Values for the discovery call: the rule's own, then samples for the other required path and
    /// query parameters except those that need an id themselves (listed in <paramref name="needIds"/>).
    /// </summary>
    public Dictionary<string, JsonNode?> DiscoveryParameters(IdDiscoveryRule rule, SpecOperation discovery, SchemaSamples samples, List<SpecParameter> needIds)
    {
        var values = rule.Values.ToDictionary(v => v.Key, v => v.Value?.DeepClone(), StringComparer.Ordinal);
        foreach (var parameter in discovery.Parameters.Where(p => p.Required && p.In is ParameterLocation.Path or ParameterLocation.Query && !values.ContainsKey(p.Name)))
        {
            if (NeedsId(discovery, parameter))
            {
                needIds.Add(parameter);
            }
            else
            {
                values[parameter.Name] = samples.Sample(parameter.Schema?.Node);
            }
        }

        return values;
    }
}
