using System.Text.Json.Nodes;
using Conformance.Specs.Json;

namespace Conformance.Specs.Model.Building;

/// <summary>Reads security requirements and security schemes.</summary>
internal static class SecurityBuilder
{
    /// <summary>Each requirement object becomes the list of its scheme names; <c>{}</c> becomes an empty list (auth optional).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Requirements(JsonArray requirements) =>
        [.. requirements.OfType<JsonObject>().Select(r => (IReadOnlyList<string>)[.. r.Select(p => p.Key)])];

    public static IReadOnlyDictionary<string, SpecSecurityScheme> Schemes(BuildContext context, JsonObject root)
    {
        var result = new Dictionary<string, SpecSecurityScheme>(StringComparer.Ordinal);
        foreach (var (name, node) in root.Object("components")?.ObjectMembers("securitySchemes") ?? [])
        {
            var (scheme, _) = context.Resolver.Resolve(node, JsonPointer.Append("/components/securitySchemes", name));
            if (scheme?.String("type") is { } type)
            {
                result[name] = new SpecSecurityScheme(
                    name,
                    type,
                    scheme.String("scheme")?.ToLowerInvariant(),
                    scheme.String("bearerFormat"),
                    scheme.String("in"),
                    scheme.String("name"),
                    TokenUrl(scheme),
                    scheme.String("description"));
            }
        }

        return result;
    }

    /// <summary>The client-credentials token URL, else that of any other flow that has one.</summary>
    private static string? TokenUrl(JsonObject scheme)
    {
        var flows = scheme.Object("flows");
        return flows?.Object("clientCredentials")?.String("tokenUrl")
            ?? flows?.Select(f => (f.Value as JsonObject)?.String("tokenUrl")).FirstOrDefault(u => u is not null);
    }
}
