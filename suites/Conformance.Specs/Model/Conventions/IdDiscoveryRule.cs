using System.Text.Json.Nodes;

namespace Conformance.Specs.Model.Conventions;

/// <summary>
/// Where a generated case gets a real id for a parameter: call <see cref="OperationId"/> with
/// <see cref="Values"/> and take the ids at <see cref="Ids"/> in its answer. The rule applies to
/// parameters named <see cref="Parameter"/> (<c>*</c> matches any text), in <see cref="In"/> when set,
/// of the operations in <see cref="Operations"/> (ids, <c>*</c> allowed; empty: every operation).
/// </summary>
public sealed record IdDiscoveryRule
{
    public required string Parameter { get; init; }
    public ParameterLocation? In { get; init; }
    public IReadOnlyList<string> Operations { get; init; } = [];
    public required string OperationId { get; init; }

    /// <summary>Values for the discovery call's parameters by name; other required parameters get samples or ids of their own.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Values { get; init; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);

    /// <summary>A JSON pointer pattern (<c>*</c> for every item or member), e.g. <c>/data/*/id</c>.</summary>
    public required string Ids { get; init; }

    public bool AppliesTo(SpecOperation operation, SpecParameter parameter) =>
        Glob.Matches(Parameter, parameter.Name)
        && (In is null || In == parameter.In)
        && (Operations.Count == 0 || Operations.Any(o => Glob.Matches(o, operation.OperationId)));
}
