using System.Text.Json.Nodes;
using Conformance.Runner.Expressions;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Which parameters need a real id, and where to get one: a path parameter named <c>…Id</c>/<c>id</c>
/// or a query parameter named <c>id-list</c>, on a path whose first segment (without <c>-list</c>)
/// has a discovery operation <c>GET /{prefix}-id-list-updated</c> (FiNUM style; called with the
/// epoch as <c>since</c>). Without a discovery operation the example value is used.
/// </summary>
public sealed class IdParameterRules(ApiSpec spec)
{
    public bool NeedsId(SpecOperation operation, SpecParameter parameter) =>
        IsIdParameter(parameter) && Discovery(operation) is not null;

    public static bool IsIdParameter(SpecParameter parameter) =>
        parameter.In == ParameterLocation.Path && (parameter.Name.EndsWith("Id", StringComparison.Ordinal) || parameter.Name == "id")
        || parameter.In == ParameterLocation.Query && parameter.Name == "id-list";

    /// <summary>The discovery operation for the operation's resource type, if the spec has one.</summary>
    public SpecOperation? Discovery(SpecOperation operation)
    {
        var first = operation.PathTemplate.Trim('/').Split('/')[0];
        var prefix = first.EndsWith("-list", StringComparison.Ordinal) ? first[..^5] : first;
        return spec.Operations.FirstOrDefault(o => o.Method == "GET" && o.PathTemplate == $"/{prefix}-id-list-updated");
    }

    /// <summary>Values for the discovery call's required parameters: date-times get the epoch.</summary>
    public static Dictionary<string, JsonNode?> DiscoveryParameters(SpecOperation discovery, SchemaSamples samples) =>
        discovery.Parameters.Where(p => p.Required).ToDictionary(
            p => p.Name,
            p => samples.Resolve(p.Schema?.Node)?["format"] is { } f && JsonValues.ToText(f) == "date-time"
                ? JsonValue.Create("1970-01-01T00:00:00Z")
                : samples.Sample(p.Schema?.Node));
}
