using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Runner.Profiles;
using Conformance.Specs.Json;
using Conformance.Specs.Model;

namespace Conformance.Runner.Generation;

/// <summary>
/// Operations a contract marks <c>x-conformance-optional: true</c> (e.g. extensions only a reference
/// provider offers) get generated cases only when the provider's profile lists them under
/// <c>implementedOptionalOperations</c>, as optional workflows do; other providers need not serve them.
/// </summary>
public static class OptionalOperations
{
    public static bool IsOptional(ApiSpec spec, SpecOperation operation) =>
        JsonPointer.Resolve(spec.Document, operation.Pointer) is JsonObject node
        && node["x-conformance-optional"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True;

    /// <summary>The cases to run: those of optional operations only when the profile says they are implemented.</summary>
    public static IReadOnlyList<GeneratedCase> Select(ApiSpec spec, IReadOnlyList<GeneratedCase> cases, ApiProfile? profile)
    {
        var skipped = spec.Operations.Where(o => IsOptional(spec, o) && profile?.ImplementedOptionalOperations?.Contains(o.OperationId) != true)
            .Select(o => o.OperationId)
            .ToHashSet(StringComparer.Ordinal);
        return skipped.Count == 0 ? cases : [.. cases.Where(c => !skipped.Contains(c.OperationId))];
    }
}
